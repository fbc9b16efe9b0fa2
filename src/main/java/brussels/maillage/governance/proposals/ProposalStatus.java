package brussels.maillage.governance.proposals;

import java.util.List;

/**
 * Where a proposal stands: submitted, received by the council, under review, then the
 * council's answer (taken into the plan, declined, deferred, or merged into another
 * proposal). Only a person changes it: linking a proposal to an agenda item or a decision
 * does not.
 */
public enum ProposalStatus {

	SUBMITTED, RECEIVED, UNDER_REVIEW, TAKEN_INTO_PLAN, DECLINED, DEFERRED, MERGED;

	/** The statuses a person may set on a proposal's page, in order. */
	public static final List<ProposalStatus> SETTABLE = List.of(RECEIVED, UNDER_REVIEW, TAKEN_INTO_PLAN, DECLINED,
			DEFERRED, MERGED);

	/** Whether this is a council's answer. */
	public boolean answer() {
		return this == TAKEN_INTO_PLAN || this == DECLINED || this == DEFERRED || this == MERGED;
	}

}
