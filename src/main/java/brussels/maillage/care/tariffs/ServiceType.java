package brussels.maillage.care.tariffs;

/**
 * What a prestation is: case management, occupational therapy or a psychologist's
 * service; the tariffs are kept per type.
 */
public enum ServiceType {

	CASE_MANAGEMENT, OCCUPATIONAL_THERAPY, PSYCHOLOGY

}
