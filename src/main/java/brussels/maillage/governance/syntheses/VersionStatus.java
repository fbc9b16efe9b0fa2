package brussels.maillage.governance.syntheses;

/** Where one language version of a synthesis stands. */
public enum VersionStatus {

	DRAFT, IN_TRANSLATION, READY, PUBLISHED

}
