package brussels.maillage.directory;

/**
 * What a service costs to the person; free and low-threshold services lower access
 * barriers.
 */
public enum Cost {

	FREE, LOW_THRESHOLD, SLIDING_SCALE, PAID;

	/** Whether cost should not keep anyone away (free or low threshold). */
	public boolean accessible() {
		return this == FREE || this == LOW_THRESHOLD;
	}

	public String code() {
		return name().toLowerCase();
	}

	public static Cost of(String code) {
		return valueOf(code.toUpperCase());
	}

}
