package brussels.maillage.events.opendoors;

/**
 * A refused open-doors operation; {@link #reason()} names the message
 * {@code events.opendoors.refused.<reason>} and {@link #field()} the form field it
 * belongs next to.
 */
class OpenDoorsRefused extends RuntimeException {

	private final String reason;

	private final String field;

	OpenDoorsRefused(String reason, String field) {
		super(reason);
		this.reason = reason;
		this.field = field;
	}

	String reason() {
		return this.reason;
	}

	String field() {
		return this.field;
	}

}
