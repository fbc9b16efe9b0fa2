package brussels.maillage.governance.bodies;

/** Where a yearly membership stands. */
public enum MembershipStatus {

	INVITED, ACCEPTED, ACTIVE, ENDED, DECLINED;

	/** Whether the person took a seat (accepted, active, or active until it ended). */
	public boolean seated() {
		return this == ACCEPTED || this == ACTIVE || this == ENDED;
	}

}
