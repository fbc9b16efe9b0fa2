package brussels.maillage.indicators.metrics;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The year being measured, with what was read from other modules kept for the time of one
 * page or call, so that measuring thirty metrics over six territories reads each module
 * once.
 */
public final class YearContext {

	private final int year;

	private final Map<String, Object> read = new HashMap<>();

	public YearContext(int year) {
		this.year = year;
	}

	public int year() {
		return this.year;
	}

	/** What {@code reader} returns, read once per {@code key}. */
	@SuppressWarnings("unchecked")
	<T> T once(String key, Supplier<T> reader) {
		return (T) this.read.computeIfAbsent(key, (ignored) -> reader.get());
	}

}
