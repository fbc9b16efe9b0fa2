package brussels.maillage.events.opendoors.staff;

import java.time.LocalDateTime;
import java.util.Map;

import brussels.maillage.events.opendoors.OpenDoors;
import brussels.maillage.system.forms.FormProblems;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The field rules of the offer staff record for a host, and its lines of slots. */
class StaffOfferFormTests {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	@Test
	void readsOneSlotALineSkippingBlankLines() {
		assertThat(StaffOfferForm.slotLines("2025-10-06 10:00 8\n\n  2025-10-07   14:30 12  \r\n")).hasValueSatisfying(
				(slots) -> assertThat(slots).extracting(OpenDoors.Slot::startsAt, OpenDoors.Slot::capacity)
					.containsExactly(org.assertj.core.groups.Tuple.tuple(LocalDateTime.of(2025, 10, 6, 10, 0), 8),
							org.assertj.core.groups.Tuple.tuple(LocalDateTime.of(2025, 10, 7, 14, 30), 12)));
	}

	@Test
	void refusesALineWithoutPlacesOrWithADayThatDoesNotExist() {
		assertThat(StaffOfferForm.slotLines("2025-10-06 10:00")).isEmpty();
		assertThat(StaffOfferForm.slotLines("2025-02-30 10:00 8")).isEmpty();
		assertThat(StaffOfferForm.slotLines("6/10/2025 10:00 8")).isEmpty();
	}

	@Test
	void asksForAnAddressAndACommuneOfTheRegion() {
		StaffOfferForm form = new StaffOfferForm(null, null, "  ", "1000", null, null, "host@example.be",
				"2025-10-06 10:00 8");
		assertThat(FormProblems.of(VALIDATION.getValidator(), form)).containsExactly(
				Map.entry("address", "events.opendoors.refused.address"),
				Map.entry("commune", "events.opendoors.refused.commune"));
		assertThat(FormProblems.of(VALIDATION.getValidator(),
				new StaffOfferForm(null, null, "Rue Haute 1", "21004", null, null, null, "")))
			.isEmpty();
	}

}
