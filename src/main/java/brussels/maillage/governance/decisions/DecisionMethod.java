package brussels.maillage.governance.decisions;

/**
 * How a council took a decision. The sources give no procedure, so none is enforced:
 * "none recorded" is a valid answer.
 */
public enum DecisionMethod {

	CONSENSUS, VOTE, NONE_RECORDED

}
