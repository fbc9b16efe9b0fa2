package brussels.maillage.governance.syntheses;

/** A synthesis change that cannot be made, with the message key that says why. */
class SynthesisRefused extends RuntimeException {

	private final String messageKey;

	SynthesisRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
