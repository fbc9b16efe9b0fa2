package brussels.maillage.governance.bodies;

/** Whether a member comes as a professional or as a citizen. */
public enum MemberType {

	PROFESSIONAL, CITIZEN

}
