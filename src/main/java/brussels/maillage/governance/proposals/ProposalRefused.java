package brussels.maillage.governance.proposals;

/** A proposal change that cannot be made, with the message key that says why. */
class ProposalRefused extends RuntimeException {

	private final String messageKey;

	ProposalRefused(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
