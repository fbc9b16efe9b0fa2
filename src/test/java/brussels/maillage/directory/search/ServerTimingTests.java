package brussels.maillage.directory.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search's {@code Server-Timing} header: milliseconds with two decimals, rounded half
 * up, as before its strings were made once.
 */
class ServerTimingTests {

	@Test
	void givesBothTimesInMillisecondsWithTwoDecimals() {
		assertThat(ServerTiming.of(1_234_567, 12_345_678)).isEqualTo("engine;dur=1.23, search;dur=12.35");
		assertThat(ServerTiming.of(0, 50_000)).isEqualTo("engine;dur=0.00, search;dur=0.05");
		assertThat(ServerTiming.of(1_005_000, 1_004_999)).isEqualTo("engine;dur=1.01, search;dur=1.00");
		assertThat(ServerTiming.of(2_345_000_000L, 100_000_000)).isEqualTo("engine;dur=2345.00, search;dur=100.00");
	}

}
