package brussels.maillage.identity.audit;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The details of an audit entry that are words rather than data. The application records
 * them as short codes ({@code bad-credentials}, {@code second-factor-next}), with their
 * arguments when they have data ({@code password-changed:2}, written by
 * {@link brussels.maillage.identity.AuditLog#details}), that the page shows as the
 * message {@code audit.detail.<code>}; entries recorded before sessions 23 and 24 hold
 * the English phrase or the exception's class name, which stand for the same codes. Any
 * other details (a name, an id) are data and read as stored.
 */
final class AuditDetails {

	/** What a details code looks like: lower-case words joined by hyphens. */
	static final Pattern CODE = Pattern.compile("[a-z]+(?:-[a-z]+)*");

	/** The details recorded before session 23, and the code each now stands for. */
	static final Map<String, String> LEGACY = Map.ofEntries(Map.entry("BadCredentialsException", "bad-credentials"),
			Map.entry("UsernameNotFoundException", "unknown-account"),
			Map.entry("DisabledException", "account-disabled"), Map.entry("LockedException", "locked"),
			Map.entry("AccountExpiredException", "account-expired"),
			Map.entry("CredentialsExpiredException", "credentials-expired"),
			Map.entry("InternalAuthenticationServiceException", "login-error"),
			Map.entry("second factor next", "second-factor-next"), Map.entry("second factor", "second-factor"),
			Map.entry("recovery code", "recovery-code"), Map.entry("password + totp", "password-totp"),
			Map.entry("password + recovery code", "password-recovery-code"),
			Map.entry("was not enrolled", "not-enrolled"),
			Map.entry("no enabled account: no mail", "no-enabled-account"), Map.entry("by the host", "by-the-host"),
			Map.entry("link expired", "link-expired"), Map.entry("link used", "link-used"),
			Map.entry("link replaced", "link-replaced"), Map.entry("link unknown", "link-unknown"),
			Map.entry("theme none", "crosswalk-no-theme"), Map.entry("no event", "no-event"));

	/**
	 * The English phrases with data recorded before session 24, and the code each now
	 * stands for: the phrase's groups are the message's arguments.
	 */
	static final List<Phrase> LEGACY_PHRASES = List.of(
			new Phrase("(\\d+) added, (\\d+) changed, (\\d+) unchanged, (\\d+) closed, (\\d+) rows left out, "
					+ "(\\d+) warnings", "import-summary"),
			new Phrase("absolute limit (\\d+) h", "absolute-limit"),
			new Phrase("password changed, (\\d+) session\\(s\\) ended", "password-changed"),
			new Phrase("link mailed, valid (\\d+) min", "link-mailed"),
			new Phrase("(\\d+) left", "recovery-codes-left"), new Phrase("starts with (\\S*)", "token-starts-with"),
			new Phrase("token (\\S+)", "token"), new Phrase("(\\d+) services, (\\w+), search", "export-search"),
			new Phrase("(\\d+) services, (\\w+), whole", "export-whole"),
			new Phrase("(\\d+) organisations, (\\d+) services", "api-import"),
			new Phrase("(\\d+) services in (\\d+) ms", "index-rebuilt"), new Phrase("theme (\\S+)", "crosswalk-theme"),
			new Phrase("(\\d+) present \\((\\d+) before\\)", "attendance-present"), new Phrase("year (\\d+)", "year"),
			new Phrase("(\\d+) visitors", "visitors"), new Phrase("session (\\S+)", "session"),
			new Phrase("(\\d+) registrations", "registrations"),
			new Phrase("(\\d+) registrations erased", "registrations-erased"), new Phrase("event (\\S+)", "event"),
			new Phrase("training (\\S+)", "training"), new Phrase("entry (\\S+)", "entry"),
			new Phrase("(\\d+) members", "members-convened"),
			new Phrase("(\\d+) members, (\\d+) walk-ins", "attendance-members"), new Phrase("line (\\S+)", "line"),
			new Phrase("line (\\S+), respondent (\\S+), (\\d+) shown", "follow-ups-listed"),
			new Phrase("follow-up (\\S+)", "follow-up"),
			new Phrase("(\\d+) codes, status (\\S+), bassin (\\S+)", "codes-listed"),
			new Phrase("(\\d+) statements, (xlsx|csv)", "statements-exported"), new Phrase("count=(\\d+)", "count"),
			new Phrase("(\\d+) actions", "actions"),
			new Phrase("(\\d+) quartiers, (\\d+) sectors: (.*)", "quartiers-loaded"),
			new Phrase("referent (\\d+): (.*)", "referent"));

	private AuditDetails() {
	}

	/**
	 * The code the stored details stand for, or {@code null} when they are data (or
	 * empty).
	 */
	static String code(String details) {
		Words words = words(details);
		return (words != null) ? words.code() : null;
	}

	/**
	 * The message the stored details stand for: a code with its arguments
	 * ({@code password-changed:2}), or an English phrase recorded before as its code and
	 * arguments; {@code null} when they are data (or empty).
	 */
	static Words words(String details) {
		if (details == null || details.isBlank()) {
			return null;
		}
		String stored = details.strip();
		String legacy = LEGACY.get(stored);
		if (legacy != null) {
			return new Words(legacy, new Object[0]);
		}
		for (Phrase phrase : LEGACY_PHRASES) {
			Matcher matcher = phrase.pattern().matcher(stored);
			if (matcher.matches()) {
				Object[] args = new Object[matcher.groupCount()];
				for (int i = 0; i < args.length; i++) {
					args[i] = matcher.group(i + 1);
				}
				return new Words(phrase.code(), args);
			}
		}
		int colon = stored.indexOf(':');
		String code = (colon < 0) ? stored : stored.substring(0, colon);
		Object[] args = (colon < 0) ? new Object[0] : stored.substring(colon + 1).split("\\|", -1);
		return CODE.matcher(code).matches() ? new Words(code, args) : null;
	}

	/** A details code and the arguments of its message (as stored: text). */
	record Words(String code, Object[] args) {
	}

	/** An English phrase recorded before, and the code it stands for. */
	record Phrase(Pattern pattern, String code) {

		Phrase(String regex, String code) {
			this(Pattern.compile(regex), code);
		}

	}

}
