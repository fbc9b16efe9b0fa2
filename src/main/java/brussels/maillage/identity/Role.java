package brussels.maillage.identity;

/**
 * What a user may do; each role includes the ones below it (ADMIN ⊃ COORDINATOR ⊃ STAFF).
 */
public enum Role {

	/** Manages accounts, reference data and settings. */
	ADMIN,

	/** Coordinates a team's work and sees across territories. */
	COORDINATOR,

	/** Works in one or more teams. */
	STAFF;

	public String authority() {
		return "ROLE_" + name();
	}

}
