package brussels.maillage.governance.bodies;

/** The three themes of the thematic consultations (Gouvernance note, 2025). */
public enum ConsultationTheme {

	MENTAL_HEALTH, PREVENTION, HOSPITAL_LIAISON

}
