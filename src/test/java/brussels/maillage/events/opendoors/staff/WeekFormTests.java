package brussels.maillage.events.opendoors.staff;

import java.time.LocalDate;
import java.util.Map;

import brussels.maillage.system.forms.FormProblems;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff's form of a new open-doors week: three days a date field posts. */
class WeekFormTests {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	@Test
	void refusesEachDayThatCannotBeReadNextToItsFieldInTheFormsOrder() {
		WeekForm form = new WeekForm("Portes ouvertes", "NORD", "6/10/2025", "2025-10-10", "");
		assertThat(FormProblems.of(VALIDATION.getValidator(), form)).containsExactly(
				Map.entry("startsOn", "events.opendoors.refused.date"),
				Map.entry("hostsCloseOn", "events.opendoors.refused.date"));
		assertThat(FormProblems.of(VALIDATION.getValidator(),
				new WeekForm("Portes ouvertes", "NORD", "2025-02-30", "2025-10-10", "2025-09-15")))
			.containsOnlyKeys("startsOn");
	}

	@Test
	void readsDaysTypedWithOuterSpacesAndTheNorthWhenNoBassinIsSent() {
		WeekForm form = new WeekForm("Portes ouvertes", null, " 2025-10-06 ", "2025-10-10", "2025-09-15");
		assertThat(FormProblems.of(VALIDATION.getValidator(), form)).isEmpty();
		assertThat(form.week()).isEqualTo(new WeekForm.NewWeek("Portes ouvertes", "NORD", LocalDate.of(2025, 10, 6),
				LocalDate.of(2025, 10, 10), LocalDate.of(2025, 9, 15)));
	}

}
