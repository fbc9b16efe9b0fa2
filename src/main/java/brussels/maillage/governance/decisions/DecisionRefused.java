package brussels.maillage.governance.decisions;

/** A decision that cannot be recorded, with the message key and the field concerned. */
class DecisionRefused extends RuntimeException {

	private final String messageKey;

	private final String field;

	DecisionRefused(String messageKey, String field) {
		super(messageKey);
		this.messageKey = messageKey;
		this.field = field;
	}

	public String messageKey() {
		return this.messageKey;
	}

	/** The form field concerned, or {@code null} for the whole form. */
	public String field() {
		return this.field;
	}

}
