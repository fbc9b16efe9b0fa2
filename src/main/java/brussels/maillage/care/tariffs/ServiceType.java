package brussels.maillage.care.prestations;

/**
 * What a prestation is: case management, occupational therapy or a psychologist's
 * service.
 */
public enum ServiceType {

	CASE_MANAGEMENT, OCCUPATIONAL_THERAPY, PSYCHOLOGY

}
