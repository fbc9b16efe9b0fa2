package brussels.maillage.helpdesk.lines;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which lines have a mailbox in the settings ({@code maillage.helpdesk.mailboxes.*}), for
 * the lines page; the intake itself reads the mailboxes with the requests' settings.
 *
 * @param mailboxes each line's mailbox, by line code as written in the settings
 */
@ConfigurationProperties("maillage.helpdesk")
record MailboxSettings(Map<String, Mailbox> mailboxes) {

	MailboxSettings {
		mailboxes = (mailboxes != null) ? Map.copyOf(mailboxes) : Map.of();
	}

	/** The codes of the lines with a mailbox. */
	Set<String> configured() {
		Set<String> codes = new TreeSet<>();
		this.mailboxes.keySet().forEach((key) -> codes.add(LineService.mailboxLine(key)));
		return codes;
	}

	/**
	 * A mailbox, of which the lines page needs only that it is there (its password is
	 * left to the intake).
	 *
	 * @param host server name
	 * @param port port
	 * @param username login
	 * @param ssl whether to use IMAPS
	 * @param folder folder to read
	 */
	record Mailbox(String host, Integer port, String username, Boolean ssl, String folder) {
	}

}
