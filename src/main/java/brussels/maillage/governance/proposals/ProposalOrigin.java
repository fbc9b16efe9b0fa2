package brussels.maillage.governance.proposals;

/**
 * Where a proposal comes from: a synthesis item of a workshop or consultation, a working
 * group, an authority's request, or a continuing action.
 */
public enum ProposalOrigin {

	SYNTHESIS, WORKING_GROUP, AUTHORITY_REQUEST, CONTINUING_ACTION

}
