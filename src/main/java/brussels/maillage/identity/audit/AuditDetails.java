package brussels.maillage.identity.audit;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The details of an audit entry that are words rather than data. The application records
 * them as short codes ({@code bad-credentials}, {@code second-factor-next}) that the page
 * shows as the message {@code audit.detail.<code>}; entries recorded before session 23
 * hold the English phrase or the exception's class name, which stand for the same codes.
 * Any other details (a name, an id, a count) are data and read as stored.
 */
final class AuditDetails {

	/** What a details code looks like: lower-case words joined by hyphens. */
	static final Pattern CODE = Pattern.compile("[a-z]+(?:-[a-z]+)*");

	/**
	 * The counts an HSDS import records ({@code directory.exchange}'s {@code HsdsImport}:
	 * "2 added, 0 changed, 0 unchanged, 0 closed, 0 rows left out, 4 warnings"), shown in
	 * the page's language.
	 */
	static final Pattern IMPORT_SUMMARY = Pattern.compile(
			"(\\d+) added, (\\d+) changed, (\\d+) unchanged, (\\d+) closed, (\\d+) rows left out, (\\d+) warnings");

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
			Map.entry("no enabled account: no mail", "no-enabled-account"), Map.entry("by the host", "by-the-host"));

	private AuditDetails() {
	}

	/**
	 * The code the stored details stand for, or {@code null} when they are data (or
	 * empty).
	 */
	static String code(String details) {
		if (details == null || details.isBlank()) {
			return null;
		}
		String code = LEGACY.getOrDefault(details.strip(), details.strip());
		return CODE.matcher(code).matches() ? code : null;
	}

}
