package brussels.maillage.care.statements;

/**
 * What a statement line pays: a prestation of a type, or a fee (community of practice,
 * concertation organiser) for an event.
 */
public enum LineKind {

	CASE_MANAGEMENT, OCCUPATIONAL_THERAPY, PSYCHOLOGY, COMMUNITY_OF_PRACTICE, CONCERTATION_ORGANISER;

	/** Whether it is a fee line (for an event) rather than a prestation. */
	public boolean fee() {
		return this == COMMUNITY_OF_PRACTICE || this == CONCERTATION_ORGANISER;
	}

}
