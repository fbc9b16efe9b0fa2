package brussels.maillage.events.opendoors.call;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;

import brussels.maillage.events.opendoors.FormLimits;
import brussels.maillage.events.opendoors.OpenDoors;
import brussels.maillage.events.opendoors.OpenDoorsWeek;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.system.forms.FormProblems;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

/**
 * Checks the call-for-hosts form: the field rules of the form and of each row typed (Bean
 * Validation on {@link HostCallForm}), then what they cannot say: the organisation chosen
 * in the directory or the name of another, a day inside the week, a row with a
 * description, at least one row. A form without problems becomes a host's offer.
 */
@Component
class HostCallChecks {

	private static final java.util.regex.Pattern SLOT_FIELD = java.util.regex.Pattern.compile("slot-(\\d+)-(\\w+)");

	private final Validator validator;

	private final DirectoryService directory;

	HostCallChecks(Validator validator, DirectoryService directory) {
		this.validator = validator;
		this.directory = directory;
	}

	/** An offer read from the form, and the form row of each of its slots. */
	record Read(OpenDoors.Offer offer, List<Integer> rows) {
	}

	/**
	 * What is wrong, field (a row's {@code slot-<n>-<field>}) → message key in the form's
	 * order.
	 */
	Map<String, String> problems(OpenDoorsWeek week, HostCallForm form) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (organization(form).isEmpty()) {
			problems.putAll(otherHost(form));
		}
		problems.putAll(FormProblems.of(this.validator, form));
		for (int i = 0; i < form.slots().size(); i++) {
			HostCallForm.Slot row = form.slots().get(i);
			if (!row.isBlank()) {
				String prefix = "slot-" + i + "-";
				row(week, row, FormProblems.of(this.validator, row))
					.forEach((field, key) -> problems.put(prefix + field, key));
			}
		}
		if (form.slots().stream().allMatch(HostCallForm.Slot::isBlank)) {
			problems.put("slot-0-day", "events.opendoors.refused.noslot");
		}
		return problems;
	}

	/**
	 * The rules of a host not in the directory: a name, a name and a note that are not
	 * too long.
	 */
	static Map<String, String> otherHost(HostCallForm form) {
		Map<String, String> problems = new LinkedHashMap<>();
		if (form.otherName().isBlank()) {
			problems.put("organization", "events.opendoors.refused.host");
		}
		if (FormLimits.tooLong(form.otherName(), FormLimits.NAME)) {
			problems.put("otherName", "events.opendoors.refused.hostLength");
		}
		if (FormLimits.tooLong(form.otherNote(), FormLimits.NOTE)) {
			problems.put("otherNote", "events.opendoors.refused.noteLength");
		}
		return problems;
	}

	/**
	 * A row's problems: its field rules' ({@code fieldProblems}), a day inside the week,
	 * and a description in at least one language, in the row's order.
	 */
	static Map<String, String> row(OpenDoorsWeek week, HostCallForm.Slot row, Map<String, String> fieldProblems) {
		Map<String, String> problems = new LinkedHashMap<>(fieldProblems);
		if (!problems.containsKey("day")) {
			LocalDate day = LocalDate.parse(row.day());
			if (day.isBefore(week.startsOn()) || day.isAfter(week.endsOn())) {
				problems.put("day", "events.opendoors.refused.outside");
			}
		}
		if (row.description().isEmpty()) {
			problems.put("descriptionFr", "events.opendoors.refused.description");
		}
		return FormProblems.inFormOrder(HostCallForm.Slot.class, problems);
	}

	/** The offer of a form without problems. */
	Read offer(HostCallForm form) {
		Optional<Organization> organization = organization(form);
		List<OpenDoors.Slot> slots = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < form.slots().size(); i++) {
			HostCallForm.Slot row = form.slots().get(i);
			if (row.isBlank()) {
				continue;
			}
			String language = List.of("fr", "nl", "bilingual", "en").contains(row.language()) ? row.language() : null;
			slots.add(new OpenDoors.Slot(LocalDateTime.of(LocalDate.parse(row.day()), LocalTime.parse(row.start())),
					Integer.parseInt(row.capacity()), language, row.description(), row.themes()));
			rows.add(i);
		}
		String theme = slots.stream().flatMap((slot) -> slot.themes().stream()).findFirst().orElse(null);
		String description = slots.get(0).description().in(Locale.FRENCH).text();
		return new Read(new OpenDoors.Offer(organization.map(Organization::id).orElse(null),
				organization.map(Organization::name).orElse(form.otherName()), form.address(), form.commune(), theme,
				description, form.contactEmail(), slots, form.contactName(), form.contactLanguage(),
				organization.isPresent() ? null : form.otherNote()), rows);
	}

	/**
	 * The form field of a refusal: the service names a slot by its position among the
	 * slots read, the form by its row.
	 */
	static String field(String field, List<Integer> rows) {
		Matcher slot = SLOT_FIELD.matcher(field);
		if (slot.matches()) {
			int n = Integer.parseInt(slot.group(1));
			return "slot-" + ((n < rows.size()) ? rows.get(n) : n) + "-" + slot.group(2);
		}
		return switch (field) {
			case "hostName" -> "organization";
			case "slots" -> "slot-0-day";
			default -> field;
		};
	}

	private Optional<Organization> organization(HostCallForm form) {
		if (form.organization().isBlank()) {
			return Optional.empty();
		}
		try {
			return this.directory.organization(UUID.fromString(form.organization()));
		}
		catch (IllegalArgumentException ex) {
			// Not an id: as if nothing was chosen.
			return Optional.empty();
		}
	}

}
