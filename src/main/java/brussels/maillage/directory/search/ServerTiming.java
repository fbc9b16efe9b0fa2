package brussels.maillage.directory.search;

import jakarta.servlet.http.HttpServletResponse;

/**
 * A search's {@code Server-Timing} header: {@code engine;dur=1.23, search;dur=4.56}, in
 * milliseconds with two decimals, written with strings made once (the HSDS API sends it
 * with every page, issue 17).
 */
final class ServerTiming {

	/** "00" to "99": the hundredths of a millisecond. */
	private static final String[] HUNDREDTHS = new String[100];

	static {
		for (int i = 0; i < HUNDREDTHS.length; i++) {
			HUNDREDTHS[i] = ((i < 10) ? "0" : "") + i;
		}
	}

	private ServerTiming() {
	}

	/** Adds the header to {@code response} unless it is already sent. */
	static void add(HttpServletResponse response, long engine, long search) {
		if (response != null && !response.isCommitted()) {
			response.addHeader("Server-Timing", of(engine, search));
		}
	}

	/** The header's value for these times (nanoseconds). */
	static String of(long engine, long search) {
		StringBuilder value = new StringBuilder(40).append("engine;dur=");
		milliseconds(value, engine).append(", search;dur=");
		return milliseconds(value, search).toString();
	}

	/** Nanoseconds as milliseconds with two decimals, rounded half up. */
	private static StringBuilder milliseconds(StringBuilder to, long nanos) {
		long hundredths = (Math.max(0, nanos) + 5_000) / 10_000;
		return to.append(hundredths / 100).append('.').append(HUNDREDTHS[(int) (hundredths % 100)]);
	}

}
