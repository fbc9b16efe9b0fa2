package brussels.maillage.directory.services;

/**
 * How a text typed in the directory's forms becomes a value: pure functions (the e-mail
 * and web-address rules are {@code system.forms}' {@code EmailAddress} and
 * {@code WebAddress}).
 */
final class FieldChecks {

	private FieldChecks() {
	}

	/** The text as typed without surrounding spaces, or {@code null} when blank. */
	public static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	/** The text, or an empty text for {@code null} (a form field shows it as typed). */
	public static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
