package brussels.maillage.care.providers;

/** A provider's profession. */
public enum Profession {

	CASE_MANAGER, OCCUPATIONAL_THERAPIST, PSYCHOLOGIST, NURSE, SOCIAL_WORKER, CONCERTATION_ORGANISER, OTHER

}
