package brussels.maillage.helpdesk.permanences;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.TerritoryScope;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When a line answers: the helpdesk's lines answer five days a week from 9:00 to 17:00,
 * except on the days they are closed.
 */
class LineTests {

	private static final LocalTime NINE = LocalTime.of(9, 0);

	private static final LocalTime FIVE_PM = LocalTime.of(17, 0);

	// Easter Monday 2026 is 6 April, a public holiday in Belgium.
	private static final LocalDate EASTER_MONDAY = LocalDate.of(2026, 4, 6);

	private final Line line = new Line("NORD", TerritoryScope.NORD, "NORD", "02 000 00 00", "nord@example.be",
			LineState.ACTIVE,
			List.of(new Line.Hours(DayOfWeek.MONDAY, NINE, FIVE_PM), new Line.Hours(DayOfWeek.TUESDAY, NINE, FIVE_PM),
					new Line.Hours(DayOfWeek.WEDNESDAY, NINE, FIVE_PM),
					new Line.Hours(DayOfWeek.THURSDAY, NINE, FIVE_PM), new Line.Hours(DayOfWeek.FRIDAY, NINE, FIVE_PM)),
			List.of(new Line.Closure(EASTER_MONDAY, "Lundi de Pâques"),
					new Line.Closure(LocalDate.of(2026, 5, 1), "Fête du travail")));

	@Test
	void answersOnAWeekdayFromNineUntilFive() {
		// Tuesday 7 April 2026
		assertThat(this.line.openAt(brussels(2026, 4, 7, 9, 0))).isTrue();
		assertThat(this.line.openAt(brussels(2026, 4, 7, 12, 30))).isTrue();
		assertThat(this.line.openAt(brussels(2026, 4, 7, 16, 59))).isTrue();
	}

	@Test
	void doesNotAnswerBeforeNineNorFromFive() {
		assertThat(this.line.openAt(brussels(2026, 4, 7, 8, 59))).isFalse();
		assertThat(this.line.openAt(brussels(2026, 4, 7, 17, 0))).isFalse();
		assertThat(this.line.openAt(brussels(2026, 4, 7, 22, 0))).isFalse();
	}

	@Test
	void doesNotAnswerAtTheWeekend() {
		// Saturday 11 and Sunday 12 April 2026
		assertThat(this.line.openAt(brussels(2026, 4, 11, 10, 0))).isFalse();
		assertThat(this.line.openAt(brussels(2026, 4, 12, 10, 0))).isFalse();
	}

	@Test
	void doesNotAnswerOnADayItIsClosed() {
		assertThat(this.line.openAt(brussels(2026, 4, 6, 10, 0))).isFalse();
		assertThat(this.line.openAt(brussels(2026, 5, 1, 10, 0))).isFalse();
	}

	@Test
	void listsTheClosedDaysFromADayOn() {
		assertThat(this.line.closuresFrom(EASTER_MONDAY)).extracting(Line.Closure::day)
			.containsExactly(EASTER_MONDAY, LocalDate.of(2026, 5, 1));
		assertThat(this.line.closuresFrom(LocalDate.of(2026, 4, 7))).extracting(Line.Closure::day)
			.containsExactly(LocalDate.of(2026, 5, 1));
		assertThat(this.line.closuresFrom(LocalDate.of(2026, 5, 2))).isEmpty();
	}

	private static ZonedDateTime brussels(int year, int month, int day, int hour, int minute) {
		return ZonedDateTime.of(year, month, day, hour, minute, 0, 0, HelpdeskService.TIME_ZONE);
	}

}
