package brussels.maillage.events.opendoors;

import java.util.ArrayList;
import java.util.List;

import org.springframework.util.MultiValueMap;

/**
 * What a host typed in the call-for-hosts form, kept when the form is shown again.
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
		String otherNote, String contactName, String contactEmail, String contactLanguage, String address,
		String commune, List<Slot> slots) {

	/** Rows shown on a new form. */
	static final int NEW_ROWS = 2;

	/** The most rows a form takes. */
	static final int MAX_ROWS = 20;

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
	public record Slot(String day, String start, String capacity, String language, String descriptionFr,
			String descriptionNl, String descriptionEn, List<String> themes) {

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

	}

	static HostCallForm empty(String language) {
		List<Slot> slots = new ArrayList<>();
		for (int i = 0; i < NEW_ROWS; i++) {
			slots.add(Slot.empty(language));
		}
		return new HostCallForm("", "", "", "", "", "", "", language, "", "", slots);
	}

	/** Reads the form posted; slot rows are {@code slot-<n>-<field>}. */
	static HostCallForm read(MultiValueMap<String, String> form) {
		List<Slot> slots = new ArrayList<>();
		for (int i = 0; i < MAX_ROWS && form.containsKey("slot-" + i + "-day"); i++) {
			String prefix = "slot-" + i + "-";
			List<String> themes = form.getOrDefault(prefix + "themes", List.of())
				.stream()
				.filter((theme) -> !theme.isBlank())
				.toList();
			slots.add(new Slot(value(form, prefix + "day"), value(form, prefix + "start"),
					value(form, prefix + "capacity"), value(form, prefix + "language"),
					value(form, prefix + "descriptionFr"), value(form, prefix + "descriptionNl"),
					value(form, prefix + "descriptionEn"), themes));
		}
		return new HostCallForm(value(form, "organization"), value(form, "organizationName"),
				value(form, "organizationQuery"), value(form, "otherName"), value(form, "otherNote"),
				value(form, "contactName"), value(form, "contactEmail"), value(form, "contactLanguage"),
				value(form, "address"), value(form, "commune"), slots);
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
		String value = form.getFirst(name);
		return (value == null) ? "" : value.strip();
	}

}
