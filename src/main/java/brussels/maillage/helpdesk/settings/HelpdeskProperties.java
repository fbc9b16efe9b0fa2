package brussels.maillage.helpdesk.settings;

import java.time.Duration;
import java.time.Period;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the helpdesk ({@code maillage.helpdesk.*}).
 *
 * @param retention how long free text of a request is kept (default 24 months)
 * @param mailPollInterval how often the lines' mailboxes are read (default 2 minutes)
 * @param mailboxes each line's mailbox, by line code; a line without one has no e-mail
 * intake
 */
@ConfigurationProperties("maillage.helpdesk")
public record HelpdeskProperties(Period retention, Duration mailPollInterval, Map<String, Mailbox> mailboxes) {

	public HelpdeskProperties {
		retention = (retention != null) ? retention : Period.ofMonths(24);
		mailPollInterval = (mailPollInterval != null) ? mailPollInterval : Duration.ofMinutes(2);
		Map<String, Mailbox> byLine = new java.util.HashMap<>();
		if (mailboxes != null) {
			mailboxes.forEach((key, mailbox) -> byLine.put(lineCode(key), mailbox));
		}
		mailboxes = Map.copyOf(byLine);
	}

	/**
	 * The line code a mailbox key stands for, whatever its case and separators
	 * ({@code nord-est}, {@code NORDEST} from an environment variable, {@code NORD_EST}).
	 */
	static String lineCode(String key) {
		String letters = key.toUpperCase(java.util.Locale.ROOT).replaceAll("[^A-Z]", "");
		return LINE_CODES.stream()
			.filter((code) -> code.replace("_", "").equals(letters))
			.findFirst()
			.orElse(key.toUpperCase(java.util.Locale.ROOT));
	}

	private static final java.util.List<String> LINE_CODES = java.util.List.of("REGION", "NORD", "NORD_EST", "SUD",
			"SUD_EST", "CENTRE_OUEST");

	/**
	 * An IMAP mailbox.
	 *
	 * @param host server name
	 * @param port port (993 for IMAPS, 143 for IMAP)
	 * @param username login
	 * @param password password
	 * @param ssl whether to use IMAPS (default true)
	 * @param folder folder to read (default {@code INBOX})
	 */
	public record Mailbox(String host, Integer port, String username, String password, Boolean ssl, String folder) {

		public Mailbox {
			ssl = (ssl != null) ? ssl : Boolean.TRUE;
			port = (port != null) ? port : (ssl ? 993 : 143);
			folder = (folder != null && !folder.isBlank()) ? folder : "INBOX";
		}

		@Override
		public String toString() {
			return "Mailbox[" + this.username + " at " + this.host + ":" + this.port + "]";
		}

	}

}
