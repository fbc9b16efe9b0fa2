package brussels.maillage.events.opendoors.call;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.events.opendoors.FormLimits;
import brussels.maillage.events.opendoors.HostOfferDetails;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.forms.IsoDate;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.util.MultiValueMap;

/**
 * What a host typed in the call-for-hosts form, kept when the form is shown again: the
 * host's fields bound by its constructor, the slot rows read from their
 * {@code slot-<n>-<field>} names (the ids the page and its error summary link to). The
 * field rules are its constraints and its rows' (their messages are keys of the events
 * bundle); the organisation, the week and the rows as a whole are
 * {@link HostCallChecks}'.
 *
 * @param organization id of the organisation chosen in the directory, or empty
 * @param organizationName its name, shown next to the choice
 * @param organizationQuery what the host searched in the directory
 * @param otherName the organisation's name when it is not in the directory
 * @param otherNote what staff need to add it to the directory
 * @param contactName who to contact
 * @param contactEmail the contact's e-mail
 * @param contactLanguage language of our messages
 * @param address address of the visits
 * @param commune commune code
 * @param slots the slot rows
 */
record HostCallForm(String organization, String organizationName, String organizationQuery, String otherName,
		String otherNote,
		@NotBlank(message = "events.opendoors.refused.contactName") @Size(max = FormLimits.NAME,
				message = "events.opendoors.refused.contactNameLength") String contactName,
		@Pattern(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s]+", message = "events.opendoors.refused.email") @Size(
				max = FormLimits.EMAIL, message = "events.opendoors.refused.email") String contactEmail,
		String contactLanguage,
		@NotBlank(message = "events.opendoors.refused.address") @Size(max = FormLimits.ADDRESS,
				message = "events.opendoors.refused.addressLength") String address,
		@Pattern(regexp = "21[0-9]{3}", message = "events.opendoors.refused.commune") String commune,
		List<Slot> slots) {

	/** Rows shown on a new form. */
	static final int NEW_ROWS = 2;

	/** The most rows a form takes. */
	static final int MAX_ROWS = 20;

	/** Every text as typed without its outer spaces, empty when not posted. */
	HostCallForm {
		organization = plain(organization);
		organizationName = plain(organizationName);
		organizationQuery = plain(organizationQuery);
		otherName = plain(otherName);
		otherNote = plain(otherNote);
		contactName = plain(contactName);
		contactEmail = plain(contactEmail);
		contactLanguage = plain(contactLanguage);
		address = plain(address);
		commune = plain(commune);
		slots = (slots != null) ? List.copyOf(slots) : List.of();
	}

	/**
	 * One slot row.
	 *
	 * @param day the day ({@code yyyy-MM-dd})
	 * @param start start time ({@code HH:mm})
	 * @param capacity places
	 * @param language language of the visit
	 * @param descriptionFr what visitors will see, in French
	 * @param descriptionNl in Dutch
	 * @param descriptionEn in English
	 * @param themes theme codes
	 */
	public record Slot(@IsoDate(message = "events.opendoors.refused.slotday") String day,
			@IsoTime(message = "events.opendoors.refused.time") String start,
			@WholeNumber(min = 1, message = "events.opendoors.refused.capacity") @AtMost(
					value = FormLimits.VISIT_PLACES,
					message = "events.opendoors.refused.capacityLarge") String capacity,
			String language,
			@Size(max = FormLimits.DESCRIPTION,
					message = "events.opendoors.refused.descriptionLength") String descriptionFr,
			@Size(max = FormLimits.DESCRIPTION,
					message = "events.opendoors.refused.descriptionLength") String descriptionNl,
			@Size(max = FormLimits.DESCRIPTION,
					message = "events.opendoors.refused.descriptionLength") String descriptionEn,
			List<String> themes) {

		static Slot empty(String language) {
			return new Slot("", "", "", language, "", "", "", List.of());
		}

		/** Whether nothing was typed in the row. */
		public boolean isBlank() {
			return this.day.isBlank() && this.start.isBlank() && this.capacity.isBlank() && this.descriptionFr.isBlank()
					&& this.descriptionNl.isBlank() && this.descriptionEn.isBlank();
		}

		/** Whether a theme is chosen. */
		public boolean has(String theme) {
			return this.themes.contains(theme);
		}

		/** What visitors will see, in the languages typed. */
		LocalizedText description() {
			return LocalizedText.of(this.descriptionFr, this.descriptionNl, this.descriptionEn);
		}

	}

	static HostCallForm empty(String language) {
		List<Slot> slots = new ArrayList<>();
		for (int i = 0; i < NEW_ROWS; i++) {
			slots.add(Slot.empty(language));
		}
		return new HostCallForm("", "", "", "", "", "", "", language, "", "", slots);
	}

	/** The form showing an offer, with an empty row for one more slot. */
	static HostCallForm of(HostOfferDetails details) {
		List<Slot> slots = new ArrayList<>();
		for (HostOfferDetails.OfferedSlot slot : details.slots()) {
			LocalizedText text = slot.description();
			slots.add(new Slot(slot.startsAt().toLocalDate().toString(),
					slot.startsAt().toLocalTime().format(DateTimeFormatter.ofPattern("HH:mm")),
					Integer.toString(slot.capacity()), slot.language() == null ? "" : slot.language(),
					text.fr() == null ? "" : text.fr(), text.nl() == null ? "" : text.nl(),
					text.en() == null ? "" : text.en(), slot.themes()));
		}
		slots.add(Slot.empty(details.contactLanguage()));
		boolean inDirectory = details.organizationId() != null;
		return new HostCallForm(inDirectory ? details.organizationId().toString() : "",
				inDirectory ? details.hostName() : "", "", inDirectory ? "" : details.hostName(),
				details.organizationNote(), details.contactName(), details.contactEmail(), details.contactLanguage(),
				details.address(), details.communeNis(), slots);
	}

	/** The same form with its slot rows read from the form posted. */
	HostCallForm withRows(MultiValueMap<String, String> posted) {
		List<Slot> rows = new ArrayList<>();
		for (int i = 0; i < MAX_ROWS && posted.containsKey("slot-" + i + "-day"); i++) {
			String prefix = "slot-" + i + "-";
			List<String> themes = posted.getOrDefault(prefix + "themes", List.of())
				.stream()
				.filter((theme) -> !theme.isBlank())
				.toList();
			rows.add(new Slot(value(posted, prefix + "day"), value(posted, prefix + "start"),
					value(posted, prefix + "capacity"), value(posted, prefix + "language"),
					value(posted, prefix + "descriptionFr"), value(posted, prefix + "descriptionNl"),
					value(posted, prefix + "descriptionEn"), themes));
		}
		return new HostCallForm(this.organization, this.organizationName, this.organizationQuery, this.otherName,
				this.otherNote, this.contactName, this.contactEmail, this.contactLanguage, this.address, this.commune,
				rows);
	}

	/** The same form with one more empty row. */
	HostCallForm withRow() {
		List<Slot> more = new ArrayList<>(this.slots);
		if (more.size() < MAX_ROWS) {
			more.add(Slot.empty(this.contactLanguage.isBlank() ? "fr" : this.contactLanguage));
		}
		return new HostCallForm(this.organization, this.organizationName, this.organizationQuery, this.otherName,
				this.otherNote, this.contactName, this.contactEmail, this.contactLanguage, this.address, this.commune,
				more);
	}

	/** The same form with the organisation's name shown next to its choice. */
	HostCallForm named(String name) {
		return new HostCallForm(this.organization, name, this.organizationQuery, this.otherName, this.otherNote,
				this.contactName, this.contactEmail, this.contactLanguage, this.address, this.commune, this.slots);
	}

	private static String value(MultiValueMap<String, String> form, String name) {
		return plain(form.getFirst(name));
	}

	private static String plain(String value) {
		return (value == null) ? "" : value.strip();
	}

}
