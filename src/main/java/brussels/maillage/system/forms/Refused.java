package brussels.maillage.system.forms;

import org.springframework.validation.Errors;

/**
 * A change a module's rules refuse, with the form field it concerns and the message key
 * that explains it (shown next to the field). A service throws it; the controller shows
 * it with {@link #showOn(Errors)}.
 */
public class Refused extends RuntimeException {

	private final String field;

	private final String messageKey;

	private final Object[] arguments;

	/**
	 * @param arguments the values the message names ("{0}"), if any
	 */
	public Refused(String field, String messageKey, Object... arguments) {
		super(field + ": " + messageKey);
		this.field = field;
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	/** The form field it concerns. */
	public String field() {
		return this.field;
	}

	/** The message key of the explanation. */
	public String messageKey() {
		return this.messageKey;
	}

	/** Shows the refusal next to its field of the form {@code errors} belong to. */
	public void showOn(Errors errors) {
		errors.rejectValue(this.field, this.messageKey, this.arguments.clone(), null);
	}

}
