package brussels.maillage.events.opendoors;

/**
 * The upper limits of what the public forms of open doors take, checked on the server and
 * told in each field's hint, so that a pasted novel or a typo of 99,999 places is refused
 * next to its field instead of being stored and mailed.
 */
public final class FormLimits {

	/** A person's or an organisation's name, a profession. */
	public static final int NAME = 200;

	/** An e-mail address (RFC 5321). */
	public static final int EMAIL = 254;

	/** A street and number. */
	public static final int ADDRESS = 200;

	/** A note for staff, an answer, accessibility needs. */
	public static final int NOTE = 1000;

	/** A description in one language. */
	public static final int DESCRIPTION = 2000;

	/** Places of one open-doors visit. */
	public static final int VISIT_PLACES = 50;

	private FormLimits() {
	}

	/** Whether {@code value}, without its outer spaces, is longer than {@code max}. */
	public static boolean tooLong(String value, int max) {
		return value != null && value.strip().length() > max;
	}

}
