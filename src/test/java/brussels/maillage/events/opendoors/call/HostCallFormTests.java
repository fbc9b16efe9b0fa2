package brussels.maillage.events.opendoors.call;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.events.opendoors.OpenDoorsWeek;
import brussels.maillage.system.forms.FormProblems;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the call-for-hosts form that need nothing but what was typed and the week:
 * the host's fields, each slot row, a host not in the directory, and the row a refusal of
 * the service belongs to.
 */
class HostCallFormTests {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private static final Validator VALIDATOR = VALIDATION.getValidator();

	/** Monday 6 to Friday 10 October 2025. */
	private static final OpenDoorsWeek WEEK = new OpenDoorsWeek(UUID.randomUUID(), "Portes ouvertes", null,
			LocalDate.of(2025, 10, 6), LocalDate.of(2025, 10, 10), LocalDate.of(2025, 9, 15), "CALL");

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	private static HostCallForm host(String contactName, String contactEmail, String address, String commune) {
		return new HostCallForm("", "", "", "Maison médicale", "", contactName, contactEmail, "fr", address, commune,
				List.of());
	}

	private static HostCallForm.Slot row(String day, String start, String capacity, String fr) {
		return new HostCallForm.Slot(day, start, capacity, "fr", fr, "", "", List.of());
	}

	private static Map<String, String> rowProblems(HostCallForm.Slot row) {
		return HostCallChecks.row(WEEK, row, FormProblems.of(VALIDATOR, row));
	}

	@Test
	void takesAContactWithAnAddressInABrusselsCommune() {
		assertThat(
				FormProblems.of(VALIDATOR, host("Anne Lambert", "anne.lambert@example.be", "Rue Haute 298", "21004")))
			.isEmpty();
	}

	@Test
	void asksForAContactAnEmailWithADomainAnAddressAndABrusselsPostcodeInTheFormsOrder() {
		assertThat(FormProblems.of(VALIDATOR, host("  ", "anne@example", "", "1000"))).containsExactly(
				Map.entry("contactName", "events.opendoors.refused.contactName"),
				Map.entry("contactEmail", "events.opendoors.refused.email"),
				Map.entry("address", "events.opendoors.refused.address"),
				Map.entry("commune", "events.opendoors.refused.commune"));
	}

	@Test
	void refusesAContactNameAnEmailAndAnAddressPastTheirLimits() {
		String email = "a".repeat(250) + "@example.be";
		assertThat(FormProblems.of(VALIDATOR, host("n".repeat(201), email, "r".repeat(201), "21004"))).containsExactly(
				Map.entry("contactName", "events.opendoors.refused.contactNameLength"),
				Map.entry("contactEmail", "events.opendoors.refused.email"),
				Map.entry("address", "events.opendoors.refused.addressLength"));
		assertThat(FormProblems.of(VALIDATOR, host("n".repeat(200), "anne@example.be", "r".repeat(200), "21004")))
			.isEmpty();
	}

	@Test
	void keepsWhatWasTypedWithoutItsOuterSpaces() {
		HostCallForm form = new HostCallForm(null, null, null, " Maison ", null, " Anne ", " anne@example.be ", null,
				" Rue Haute 298 ", "21004 ", null);
		assertThat(form.otherName()).isEqualTo("Maison");
		assertThat(form.organization()).isEmpty();
		assertThat(form.contactEmail()).isEqualTo("anne@example.be");
		assertThat(form.commune()).isEqualTo("21004");
		assertThat(form.slots()).isEmpty();
	}

	@Test
	void readsTheRowsPostedAsSlotNumberField() {
		MultiValueMap<String, String> posted = new LinkedMultiValueMap<>();
		posted.add("slot-0-day", "2025-10-06");
		posted.add("slot-0-start", " 09:30 ");
		posted.add("slot-0-capacity", "5");
		posted.add("slot-0-themes", "");
		posted.add("slot-0-themes", "health");
		posted.add("slot-1-day", "");
		posted.add("slot-3-day", "2025-10-08");
		HostCallForm form = HostCallForm.empty("nl").withRows(posted);
		assertThat(form.slots()).hasSize(2);
		assertThat(form.slots().get(0).start()).isEqualTo("09:30");
		assertThat(form.slots().get(0).themes()).containsExactly("health");
		assertThat(form.slots().get(0).descriptionFr()).isEmpty();
		assertThat(form.slots().get(1).isBlank()).isTrue();
	}

	@Test
	void takesARowInsideTheWeekWithADescriptionInOneLanguage() {
		assertThat(rowProblems(row("2025-10-06", "09:30", "5", "Visite de l'accueil."))).isEmpty();
		assertThat(rowProblems(
				new HostCallForm.Slot("2025-10-10", "18:45", "50", "nl", "", "Rondleiding.", "", List.of())))
			.isEmpty();
	}

	@Test
	void refusesADayThatDoesNotExistATimeThatIsNoneAndPlacesThatAreNotAWholeNumber() {
		assertThat(rowProblems(row("2025-02-30", "9h30", "cinq", "Visite."))).containsExactly(
				Map.entry("day", "events.opendoors.refused.slotday"),
				Map.entry("start", "events.opendoors.refused.time"),
				Map.entry("capacity", "events.opendoors.refused.capacity"));
		assertThat(rowProblems(row("2025-10-06", "09:30", "2.5", "Visite.")))
			.containsExactly(Map.entry("capacity", "events.opendoors.refused.capacity"));
		assertThat(rowProblems(row("2025-10-06", "09:30", "99999999999", "Visite.")))
			.containsExactly(Map.entry("capacity", "events.opendoors.refused.capacity"));
	}

	@Test
	void refusesADayOutsideTheWeekNoPlaceAndMoreThanFiftyPlaces() {
		assertThat(rowProblems(row("2025-10-13", "09:30", "0", "Visite."))).containsExactly(
				Map.entry("day", "events.opendoors.refused.outside"),
				Map.entry("capacity", "events.opendoors.refused.capacity"));
		assertThat(rowProblems(row("2025-10-05", "09:30", "51", "Visite."))).containsExactly(
				Map.entry("day", "events.opendoors.refused.outside"),
				Map.entry("capacity", "events.opendoors.refused.capacityLarge"));
	}

	@Test
	void asksForADescriptionAndRefusesOnePastTwoThousandCharactersInItsLanguage() {
		assertThat(rowProblems(row("2025-10-06", "09:30", "5", "  ")))
			.containsExactly(Map.entry("descriptionFr", "events.opendoors.refused.description"));
		assertThat(rowProblems(
				new HostCallForm.Slot("2025-10-06", "09:30", "5", "fr", "Visite.", "v".repeat(2001), "", List.of())))
			.containsExactly(Map.entry("descriptionNl", "events.opendoors.refused.descriptionLength"));
	}

	@Test
	void asksAHostNotInTheDirectoryForItsNameAndANoteThatIsNotTooLong() {
		HostCallForm nameless = new HostCallForm("", "", "", "", "n".repeat(1001), "Anne", "anne@example.be", "fr",
				"Rue Haute 298", "21004", List.of());
		assertThat(HostCallChecks.otherHost(nameless)).containsExactly(
				Map.entry("organization", "events.opendoors.refused.host"),
				Map.entry("otherNote", "events.opendoors.refused.noteLength"));
		HostCallForm longName = new HostCallForm("", "", "", "n".repeat(201), "", "Anne", "anne@example.be", "fr",
				"Rue Haute 298", "21004", List.of());
		assertThat(HostCallChecks.otherHost(longName))
			.containsExactly(Map.entry("otherName", "events.opendoors.refused.hostLength"));
	}

	@Test
	void putsARefusalOfTheServiceNextToTheRowItWasTypedIn() {
		// The service numbers the slots it was given; the form skipped its blank row 1.
		List<Integer> rows = List.of(0, 2);
		assertThat(HostCallChecks.field("slot-1-start", rows)).isEqualTo("slot-2-start");
		assertThat(HostCallChecks.field("slot-0-capacity", rows)).isEqualTo("slot-0-capacity");
		assertThat(HostCallChecks.field("hostName", rows)).isEqualTo("organization");
		assertThat(HostCallChecks.field("slots", rows)).isEqualTo("slot-0-day");
		assertThat(HostCallChecks.field("contactEmail", rows)).isEqualTo("contactEmail");
	}

}
