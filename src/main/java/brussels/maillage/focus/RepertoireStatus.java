package brussels.maillage.focus;

/** Whether a repertoire is still being written or can be read by everyone. */
public enum RepertoireStatus {

	DRAFT, PUBLISHED

}
