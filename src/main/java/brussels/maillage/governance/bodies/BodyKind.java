package brussels.maillage.governance.bodies;

/** What a body is; councils and working groups have members, series are open to all. */
public enum BodyKind {

	/** Conseil de l'action du bassin: one per bassin. */
	BASSIN_COUNCIL,

	/** Conseil de l'action régionale. */
	REGIONAL_COUNCIL,

	/** Groupe de travail (GT Données, GT Méthodes &amp; Participation, ...). */
	WORKING_GROUP,

	/** The Ateliers du changement of one bassin: open workshops. */
	WORKSHOP_SERIES,

	/** The concertations thématiques of one bassin on one theme: open consultations. */
	CONSULTATION_SERIES;

	/** Whether the body has members for a year (councils and working groups). */
	public boolean hasMembers() {
		return this == BASSIN_COUNCIL || this == REGIONAL_COUNCIL || this == WORKING_GROUP;
	}

	/**
	 * Whether the body is a council, whose composition is checked against a legal list.
	 */
	public boolean council() {
		return this == BASSIN_COUNCIL || this == REGIONAL_COUNCIL;
	}

}
