package brussels.maillage.events.opendoors;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules every host's offer meets whoever records it: a host, an e-mail, slots inside
 * the week with 1 to 50 places that do not overlap (a visit lasts an hour and a half).
 */
class OfferRulesTests {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = VALIDATION.getValidator();

	/** Monday 6 to Friday 10 October 2025. */
	private static final OpenDoorsWeek WEEK = new OpenDoorsWeek(UUID.randomUUID(), "Portes ouvertes", null,
			LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 10), LocalDate.of(2025, 9, 15), "CALL");

	private static final LocalDateTime MONDAY_MORNING = LocalDateTime.of(2025, 10, 6, 9, 30);

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	private static OpenDoors.Offer offer(String host, String email, List<OpenDoors.Slot> slots) {
		return new OpenDoors.Offer(null, host, "Rue Haute 298", "21004", null, "Visite.", email, slots);
	}

	private static void assertRefused(OpenDoors.Offer offer, String reason, String field) {
		assertThatThrownBy(() -> OfferRules.check(VALIDATOR, WEEK, offer))
			.isInstanceOfSatisfying(OpenDoorsRefused.class, (refused) -> {
				assertThat(refused.reason()).isEqualTo(reason);
				assertThat(refused.field()).isEqualTo(field);
			});
	}

	@Test
	void returnsTheSlotsInTimeOrder() {
		OpenDoors.Slot afternoon = new OpenDoors.Slot(MONDAY_MORNING.withHour(14), 3);
		OpenDoors.Slot morning = new OpenDoors.Slot(MONDAY_MORNING, 5);
		assertThat(OfferRules.check(VALIDATOR, WEEK,
				offer("Maison médicale", "hote@example.org", List.of(afternoon, morning))))
			.containsExactly(morning, afternoon);
	}

	@Test
	void tellsAMissingHostBeforeABadEmailAndABadEmailBeforeNoSlot() {
		assertRefused(offer(" ", "pas-une-adresse", List.of()), "host", "hostName");
		assertRefused(offer("h".repeat(201), "hote@example.org", List.of()), "hostLength", "hostName");
		assertRefused(offer("Maison médicale", "pas-une-adresse", List.of()), "email", "contactEmail");
		assertRefused(offer("Maison médicale", null, List.of()), "email", "contactEmail");
		assertRefused(offer("Maison médicale", "hote@example.org", List.of()), "noslot", "slots");
	}

	@Test
	void refusesAnAddressPastItsLimit() {
		OpenDoors.Offer offer = new OpenDoors.Offer(null, "Maison médicale", "r".repeat(201), "21004", null, "Visite.",
				"hote@example.org", List.of(new OpenDoors.Slot(MONDAY_MORNING, 5)));
		assertRefused(offer, "addressLength", "address");
	}

	@Test
	void namesTheRowOfASlotOutsideTheWeekOrWithoutPlacesOrWithTooMany() {
		OpenDoors.Slot fine = new OpenDoors.Slot(MONDAY_MORNING, 5);
		assertRefused(
				offer("Maison", "hote@example.org", List.of(fine, new OpenDoors.Slot(MONDAY_MORNING.plusDays(7), 5))),
				"outside", "slot-1-day");
		assertRefused(
				offer("Maison", "hote@example.org", List.of(fine, new OpenDoors.Slot(MONDAY_MORNING.plusDays(1), 0))),
				"capacity", "slot-1-capacity");
		assertRefused(offer("Maison", "hote@example.org", List.of(new OpenDoors.Slot(MONDAY_MORNING, 51))),
				"capacityLarge", "slot-0-capacity");
	}

	@Test
	void refusesADescriptionPastTwoThousandCharacters() {
		OpenDoors.Slot slot = new OpenDoors.Slot(MONDAY_MORNING, 5, "fr",
				LocalizedText.of("Visite.", null, "e".repeat(2001)), List.of());
		assertRefused(offer("Maison", "hote@example.org", List.of(slot)), "descriptionLength", "slot-0-descriptionFr");
	}

	@Test
	void refusesASlotStartingBeforeTheVisitBeforeItEndsAndNamesItsRow() {
		OpenDoors.Slot later = new OpenDoors.Slot(MONDAY_MORNING.plusMinutes(89), 5);
		OpenDoors.Slot first = new OpenDoors.Slot(MONDAY_MORNING, 5);
		assertRefused(offer("Maison", "hote@example.org", List.of(later, first)), "slotoverlap", "slot-0-start");
		assertThat(OfferRules.check(VALIDATOR, WEEK, offer("Maison", "hote@example.org",
				List.of(first, new OpenDoors.Slot(MONDAY_MORNING.plusMinutes(90), 5)))))
			.hasSize(2);
	}

}
