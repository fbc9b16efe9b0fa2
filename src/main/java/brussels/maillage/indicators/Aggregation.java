package brussels.maillage.indicators;

/**
 * How the values of a metric combine over territories and periods: summed, counted once
 * per person or thing (never summed across bassins), the last value of the period, or an
 * average (never summed either).
 */
public enum Aggregation {

	SUM, DISTINCT_COUNT, LAST, AVERAGE;

	/** Whether the values of the bassins add up to the value of the whole. */
	public boolean additive() {
		return this == SUM;
	}

}
