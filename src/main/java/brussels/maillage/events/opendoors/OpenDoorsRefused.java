package brussels.maillage.events.opendoors;

/**
 * A refused open-doors operation; {@link #reason()} names the message
 * {@code events.opendoors.refused.<reason>} and {@link #field()} the form field it
 * belongs next to.
 */
public class OpenDoorsRefused extends RuntimeException {

	private final String reason;

	private final String field;

	OpenDoorsRefused(String reason, String field) {
		super(reason);
		this.reason = reason;
		this.field = field;
	}

	public String reason() {
		return this.reason;
	}

	public String field() {
		return this.field;
	}

}
