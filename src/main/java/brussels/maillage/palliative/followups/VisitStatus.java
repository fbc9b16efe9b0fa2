package brussels.maillage.palliative.followups;

/** What became of a visit. */
public enum VisitStatus {

	PLANNED, HELD, CANCELLED_BY_PERSON, CANCELLED_BY_PSYCHOLOGIST, NO_SHOW

}
