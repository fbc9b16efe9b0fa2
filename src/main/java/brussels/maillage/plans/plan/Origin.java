package brussels.maillage.plans.plan;

/**
 * Why an action is in the plan: a proposal of a governance body, a request of a funding
 * authority, or an action carried on from earlier years.
 */
public enum Origin {

	PROPOSAL, AUTHORITY_REQUEST, CONTINUING

}
