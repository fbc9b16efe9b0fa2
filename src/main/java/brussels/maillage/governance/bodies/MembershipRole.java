package brussels.maillage.governance.bodies;

/** A member's role in a body for a year. */
public enum MembershipRole {

	CHAIR, SECRETARY, MEMBER, SUBSTITUTE, OBSERVER;

	/** Whether the role counts as a member in attendance rates (substitutes do not). */
	public boolean countsAsMember() {
		return this != SUBSTITUTE;
	}

}
