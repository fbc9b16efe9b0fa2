package brussels.maillage.events.opendoors;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Component;

/**
 * The call-for-hosts form read into a host's offer, each problem named by its field, and
 * an offer shown back in the form.
 */
@Component
class HostCallReader {

	private final DirectoryService directory;

	HostCallReader(DirectoryService directory) {
		this.directory = directory;
	}

	/** An offer read from the form, and the form row of each of its slots. */
	record Read(OpenDoors.Offer offer, List<Integer> rows) {
	}

	/**
	 * Reads and checks the form; what cannot be read is put in {@code errors}.
	 * @return the offer, {@code null} when {@code errors} holds something
	 */
	Read read(OpenDoorsWeek week, HostCallForm form, Map<String, String> errors) {
		UUID organizationId = null;
		String hostName = form.otherName();
		String note = form.otherNote();
		if (!form.organization().isBlank()) {
			try {
				Organization organization = this.directory.organization(UUID.fromString(form.organization()))
					.orElse(null);
				if (organization != null) {
					organizationId = organization.id();
					hostName = organization.name();
					note = null;
				}
			}
			catch (IllegalArgumentException ex) {
				// Not an id: as if nothing was chosen.
			}
		}
		if (organizationId == null && hostName.isBlank()) {
			errors.put("organization", "events.opendoors.refused.host");
		}
		if (organizationId == null && FormLimits.tooLong(form.otherName(), FormLimits.NAME)) {
			errors.put("otherName", "events.opendoors.refused.hostLength");
		}
		if (organizationId == null && FormLimits.tooLong(form.otherNote(), FormLimits.NOTE)) {
			errors.put("otherNote", "events.opendoors.refused.noteLength");
		}
		if (form.contactName().isBlank()) {
			errors.put("contactName", "events.opendoors.refused.contactName");
		}
		else if (FormLimits.tooLong(form.contactName(), FormLimits.NAME)) {
			errors.put("contactName", "events.opendoors.refused.contactNameLength");
		}
		if (!form.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")
				|| FormLimits.tooLong(form.contactEmail(), FormLimits.EMAIL)) {
			errors.put("contactEmail", "events.opendoors.refused.email");
		}
		if (form.address().isBlank()) {
			errors.put("address", "events.opendoors.refused.address");
		}
		else if (FormLimits.tooLong(form.address(), FormLimits.ADDRESS)) {
			errors.put("address", "events.opendoors.refused.addressLength");
		}
		if (!form.commune().matches("21[0-9]{3}")) {
			errors.put("commune", "events.opendoors.refused.commune");
		}
		List<OpenDoors.Slot> slots = new ArrayList<>();
		List<Integer> rows = new ArrayList<>();
		for (int i = 0; i < form.slots().size(); i++) {
			HostCallForm.Slot row = form.slots().get(i);
			if (row.isBlank()) {
				continue;
			}
			String prefix = "slot-" + i + "-";
			LocalDate day = null;
			try {
				day = LocalDate.parse(row.day());
				if (day.isBefore(week.startsOn()) || day.isAfter(week.endsOn())) {
					errors.put(prefix + "day", "events.opendoors.refused.outside");
				}
			}
			catch (DateTimeParseException ex) {
				errors.put(prefix + "day", "events.opendoors.refused.slotday");
			}
			LocalTime start = null;
			try {
				start = LocalTime.parse(row.start());
			}
			catch (DateTimeParseException ex) {
				errors.put(prefix + "start", "events.opendoors.refused.time");
			}
			int capacity = 0;
			try {
				capacity = Integer.parseInt(row.capacity());
			}
			catch (NumberFormatException ex) {
				// Below 1: refused next to the field.
			}
			if (capacity < 1) {
				errors.put(prefix + "capacity", "events.opendoors.refused.capacity");
			}
			else if (capacity > FormLimits.VISIT_PLACES) {
				errors.put(prefix + "capacity", "events.opendoors.refused.capacityLarge");
			}
			LocalizedText description = LocalizedText.of(row.descriptionFr(), row.descriptionNl(), row.descriptionEn());
			if (description.isEmpty()) {
				errors.put(prefix + "descriptionFr", "events.opendoors.refused.description");
			}
			for (String language : List.of("Fr", "Nl", "En")) {
				String text = switch (language) {
					case "Fr" -> row.descriptionFr();
					case "Nl" -> row.descriptionNl();
					default -> row.descriptionEn();
				};
				if (FormLimits.tooLong(text, FormLimits.DESCRIPTION)) {
					errors.put(prefix + "description" + language, "events.opendoors.refused.descriptionLength");
				}
			}
			if (day != null && start != null) {
				String language = List.of("fr", "nl", "bilingual", "en").contains(row.language()) ? row.language()
						: null;
				slots.add(new OpenDoors.Slot(LocalDateTime.of(day, start), capacity, language, description,
						row.themes()));
				rows.add(i);
			}
		}
		if (form.slots().stream().allMatch(HostCallForm.Slot::isBlank)) {
			errors.put("slot-0-day", "events.opendoors.refused.noslot");
		}
		if (!errors.isEmpty()) {
			return null;
		}
		String theme = slots.stream().flatMap((slot) -> slot.themes().stream()).findFirst().orElse(null);
		String description = slots.get(0).description().in(Locale.FRENCH).text();
		return new Read(new OpenDoors.Offer(organizationId, hostName, form.address(), form.commune(), theme,
				description, form.contactEmail(), slots, form.contactName(), form.contactLanguage(), note), rows);
	}

	/**
	 * The form field of a refusal: the service names a slot by its position among the
	 * slots read, the form by its row.
	 */
	static String field(String field, List<Integer> rows) {
		java.util.regex.Matcher slot = java.util.regex.Pattern.compile("slot-(\\d+)-(\\w+)").matcher(field);
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

	/** The form showing an offer, with an empty row for one more slot. */
	static HostCallForm form(HostOfferDetails details) {
		List<HostCallForm.Slot> slots = new ArrayList<>();
		for (HostOfferDetails.OfferedSlot slot : details.slots()) {
			LocalizedText text = slot.description();
			slots.add(new HostCallForm.Slot(slot.startsAt().toLocalDate().toString(),
					slot.startsAt().toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
					Integer.toString(slot.capacity()), slot.language() == null ? "" : slot.language(),
					text.fr() == null ? "" : text.fr(), text.nl() == null ? "" : text.nl(),
					text.en() == null ? "" : text.en(), slot.themes()));
		}
		slots.add(HostCallForm.Slot.empty(details.contactLanguage()));
		boolean inDirectory = details.organizationId() != null;
		return new HostCallForm(inDirectory ? details.organizationId().toString() : "",
				inDirectory ? details.hostName() : "", "", inDirectory ? "" : details.hostName(),
				details.organizationNote() == null ? "" : details.organizationNote(),
				details.contactName() == null ? "" : details.contactName(), details.contactEmail(),
				details.contactLanguage(), details.address(), details.communeNis(), slots);
	}

}
