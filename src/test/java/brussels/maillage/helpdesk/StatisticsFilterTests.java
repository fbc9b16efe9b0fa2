package brussels.maillage.helpdesk;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** A period to count: a first and a last day, both included, in that order. */
class StatisticsFilterTests {

	@Test
	void aYearRunsFromTheFirstOfJanuaryToTheThirtyFirstOfDecemberWithoutFilters() {
		StatisticsFilter year = StatisticsFilter.year(2024);
		assertThat(year.from()).isEqualTo(LocalDate.of(2024, 1, 1));
		assertThat(year.to()).isEqualTo(LocalDate.of(2024, 12, 31));
		assertThat(year).isEqualTo(new StatisticsFilter(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), null,
				null, null, null, null, null));
	}

	@Test
	void aPeriodOfOneDayIsAllowed() {
		LocalDate day = LocalDate.of(2026, 3, 5);
		assertThat(new StatisticsFilter(day, day, null, null, null, null, null, null).from()).isEqualTo(day);
	}

	@Test
	void rejectsAPeriodThatEndsBeforeItStarts() {
		assertThatIllegalArgumentException().isThrownBy(() -> new StatisticsFilter(LocalDate.of(2026, 3, 5),
				LocalDate.of(2026, 3, 4), null, null, null, null, null, null));
	}

	@Test
	void rejectsAPeriodWithoutAFirstOrALastDay() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StatisticsFilter(null, LocalDate.of(2026, 3, 4), null, null, null, null, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new StatisticsFilter(LocalDate.of(2026, 3, 4), null, null, null, null, null, null, null));
	}

	@Test
	void offersTheFiveBassinsOfBrussels() {
		assertThat(StatisticsFilter.BASSINS).containsExactlyInAnyOrder("NORD", "NORD_EST", "SUD", "SUD_EST",
				"CENTRE_OUEST");
	}

}
