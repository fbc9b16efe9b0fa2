package brussels.maillage.governance.proposals;

/** Where a proposal stands: submitted, on a council's agenda, or answered. */
public enum ProposalStatus {

	SUBMITTED, ON_AGENDA, ACCEPTED, ADAPTED, DECLINED, DEFERRED;

	/** Whether this is a council's answer. */
	public boolean answer() {
		return this == ACCEPTED || this == ADAPTED || this == DECLINED || this == DEFERRED;
	}

}
