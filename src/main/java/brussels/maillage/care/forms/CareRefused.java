package brussels.maillage.care.forms;

/**
 * A change the rules of case management refuse, with the form field it concerns and the
 * message key that explains it (shown next to the field).
 */
public class CareRefused extends RuntimeException {

	private final String field;

	private final String messageKey;

	public CareRefused(String field, String messageKey) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
	}

	/** The form field it concerns. */
	public String field() {
		return this.field;
	}

	/** The message key of the explanation. */
	public String messageKey() {
		return this.messageKey;
	}

}
