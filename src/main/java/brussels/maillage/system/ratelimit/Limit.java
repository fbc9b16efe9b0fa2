package brussels.maillage.system.ratelimit;

import java.time.Duration;

import org.springframework.boot.convert.DurationStyle;

/**
 * At most {@code count} requests per {@code period}; a count of 0 turns the limit off.
 * Written {@code 30/1m}, {@code 60/1h} or {@code 5/PT10M} in the settings, or {@code 0}.
 *
 * @param count the requests allowed in one period, 0 for no limit
 * @param period the period after which the whole allowance comes back
 */
record Limit(long count, Duration period) {

	/** No limit. */
	public static final Limit OFF = new Limit(0, Duration.ofMinutes(1));

	public Limit {
		if (count < 0) {
			throw new IllegalArgumentException("A rate limit cannot be negative: " + count);
		}
		if (period == null || period.isNegative() || period.isZero()) {
			throw new IllegalArgumentException("A rate limit needs a positive period, e.g. 30/1m");
		}
	}

	/**
	 * Reads a setting: {@code COUNT/PERIOD} (period as {@code 1m}, {@code 1h},
	 * {@code PT10M}) or {@code 0}.
	 * @param text the setting
	 * @return the limit
	 * @throws IllegalArgumentException when it cannot be read, with what was expected
	 */
	public static Limit valueOf(String text) {
		String value = (text != null) ? text.strip() : "";
		if (value.equals("0") || value.startsWith("0/")) {
			return OFF;
		}
		int slash = value.indexOf('/');
		if (slash <= 0) {
			throw new IllegalArgumentException(
					"A rate limit is written COUNT/PERIOD (e.g. 30/1m or 60/1h), or 0 for none: '" + value + "'");
		}
		try {
			long count = Long.parseLong(value.substring(0, slash).strip());
			Duration period = DurationStyle.detectAndParse(value.substring(slash + 1).strip());
			return new Limit(count, period);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException(
					"A rate limit is written COUNT/PERIOD (e.g. 30/1m or 60/1h), or 0 for none: '" + value + "'", ex);
		}
	}

	/** Whether requests are limited at all. */
	public boolean on() {
		return this.count > 0;
	}

	@Override
	public String toString() {
		return on() ? this.count + "/" + this.period : "0";
	}

}
