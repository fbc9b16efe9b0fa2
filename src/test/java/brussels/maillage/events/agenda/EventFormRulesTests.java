package brussels.maillage.events.agenda;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.events.EventKind;
import brussels.maillage.system.forms.FormProblems;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules of the staff event form that need no other module. */
class EventFormRulesTests {

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/** Monday 6 October 2025, 09:00 in Brussels. */
	private static final Instant NOW = Instant.parse("2025-10-06T07:00:00Z");

	private final Validator validator = VALIDATION.getValidator();

	@AfterAll
	static void close() {
		VALIDATION.close();
	}

	private static EventForm form(String kind, String titleFr, String titleNl, String mode, String capacity,
			List<String> dates, List<String> starts, List<String> ends) {
		return new EventForm(kind, titleFr, titleNl, "", "", "", "", "bilingual", mode, "", "Rue Haute 1", "1000",
				"REGION", List.of(), "REGION", capacity, "", "", "", "PUBLISHED", dates, starts, ends, null, "",
				"EXACT", "", "", "");
	}

	private static EventForm session(String date, String start, String end) {
		return form("WEBINAR", "Atelier", "", "place", "30", List.of(date), List.of(start), List.of(end));
	}

	private static EventForm kind(String code) {
		return form(code, "Atelier", "", "place", "30", List.of("2025-10-07"), List.of("10:00"), List.of("12:00"));
	}

	@Test
	void everyKindOfEventPassesItsConstraintInAnyCaseAndNothingElseDoes() {
		for (EventKind kind : EventKind.values()) {
			assertThat(FormProblems.of(this.validator, kind(kind.name()))).as(kind.name()).isEmpty();
		}
		assertThat(FormProblems.of(this.validator, kind("webinar"))).isEmpty();
		assertThat(FormProblems.of(this.validator, kind("PICNIC")))
			.containsExactly(Map.entry("kind", "events.form.error.kind"));
	}

	@Test
	void asksForATitleInFrenchOrDutch() {
		Map<String, String> problems = new LinkedHashMap<>();
		EventFormRules.texts(form("WEBINAR", " ", "", "place", "30", List.of(), List.of(), List.of()), problems);
		assertThat(problems).containsExactly(Map.entry("titleFr", "events.form.error.title"));
		problems.clear();
		EventFormRules.texts(form("WEBINAR", "", "Workshop", "place", "30", List.of(), List.of(), List.of()), problems);
		assertThat(problems).isEmpty();
	}

	@Test
	void tellsWhichWayTheNumberOfPlacesIsWrong() {
		Map<String, String> problems = new LinkedHashMap<>();
		EventFormRules.capacity(form("WEBINAR", "A", "", "place", "trente", List.of(), List.of(), List.of()), problems);
		assertThat(problems).containsExactly(Map.entry("capacity", "events.form.error.capacityNumber"));
		problems.clear();
		EventFormRules.capacity(form("WEBINAR", "A", "", "place", "0", List.of(), List.of(), List.of()), problems);
		assertThat(problems).containsExactly(Map.entry("capacity", "events.form.error.capacityPositive"));
		problems.clear();
		EventFormRules.capacity(form("WEBINAR", "A", "", "place", "100001", List.of(), List.of(), List.of()), problems);
		assertThat(problems).containsExactly(Map.entry("capacity", "events.form.error.capacityLarge"));
	}

	@Test
	void refusesANewSessionInThePastButKeepsAnEditedOne() {
		Map<String, String> problems = new LinkedHashMap<>();
		EventFormRules.sessions(session("2025-10-06", "08:30", "10:00"), NOW, BRUSSELS, true, problems);
		assertThat(problems).containsExactly(Map.entry("session0", "events.form.error.sessionPast"));
		problems.clear();
		assertThat(EventFormRules.sessions(session("2025-10-06", "08:30", "10:00"), NOW, BRUSSELS, false, problems))
			.isEqualTo(1);
		assertThat(problems).isEmpty();
	}

	@Test
	void refusesASessionEndingBeforeItStartsOneThatOverlapsAndNone() {
		Map<String, String> problems = new LinkedHashMap<>();
		EventForm twoRows = form("WEBINAR", "A", "", "place", "30", List.of("2025-10-08", "2025-10-08", "2025-10-09"),
				List.of("10:00", "11:00", "14:00"), List.of("12:00", "13:00", "13:00"));
		assertThat(EventFormRules.sessions(twoRows, NOW, BRUSSELS, true, problems)).isEqualTo(2);
		assertThat(problems).containsExactly(Map.entry("session1", "events.form.error.sessionOverlap"),
				Map.entry("session2", "events.form.error.sessionOrder"));
		problems.clear();
		EventFormRules.sessions(form("WEBINAR", "A", "", "place", "30", List.of(), List.of(), List.of()), NOW, BRUSSELS,
				true, problems);
		assertThat(problems).containsExactly(Map.entry("session0", "events.form.error.sessionMissing"));
		problems.clear();
		EventFormRules.sessions(session("2025-02-30", "10:00", "11:00"), NOW, BRUSSELS, true, problems);
		assertThat(problems).containsExactly(Map.entry("session0", "events.form.error.sessionDate"));
	}

	@Test
	void anOnlineEventNeedsAWebAddressAndAPlaceAPostcodeOfFourDigits() {
		Map<String, String> problems = new LinkedHashMap<>();
		EventForm online = form("WEBINAR", "A", "", "online", "30", List.of(), List.of(), List.of());
		assertThat(EventFormRules.place(online, problems)).isFalse();
		assertThat(problems).containsExactly(Map.entry("onlineUrl", "events.form.error.onlineUrl"));
		problems.clear();
		EventForm place = new EventForm("WEBINAR", "A", "", "", "", "", "", "fr", "place", "", "", "10OO", "REGION",
				List.of(), "REGION", "30", "", "", "", "PUBLISHED", List.of(), List.of(), List.of(), null, "", "EXACT",
				"", "", "");
		assertThat(EventFormRules.place(place, problems)).isFalse();
		assertThat(problems).containsExactly(Map.entry("address", "events.form.error.address"),
				Map.entry("postcode", "events.form.error.postcode"));
	}

	@Test
	void putsTheProblemsInTheOrderOfTheFormWithRowsAtTheirColumn() {
		Map<String, String> found = new LinkedHashMap<>();
		found.put("headcount", "h");
		found.put("session3", "s");
		found.put("kind", "k");
		assertThat(FormProblems.inFormOrder(EventForm.class, found).keySet()).containsExactly("kind", "session3",
				"headcount");
	}

}
