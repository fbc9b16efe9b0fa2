package brussels.maillage.plans.plan;

/** Where an action stands during and at the end of its year. */
public enum ActionStatus {

	NOT_STARTED, ON_TRACK, AT_RISK, DONE, PARTIAL, NOT_DONE, POSTPONED, STANDBY

}
