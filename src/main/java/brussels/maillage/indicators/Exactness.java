package brussels.maillage.indicators;

/**
 * How exact a value is: counted, about (an estimate is part of it), or at least (some of
 * what it counts could not be counted).
 */
public enum Exactness {

	EXACT, ABOUT, AT_LEAST;

	/** The less exact of the two. */
	public Exactness and(Exactness other) {
		return (other != null && other.ordinal() > ordinal()) ? other : this;
	}

}
