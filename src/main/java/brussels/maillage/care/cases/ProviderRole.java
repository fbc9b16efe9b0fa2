package brussels.maillage.care.cases;

/** What a provider does on a case. */
public enum ProviderRole {

	CASE_MANAGER, OCCUPATIONAL_THERAPIST, PSYCHOLOGIST

}
