package brussels.maillage.events.opendoors.staff;

import brussels.maillage.events.opendoors.OpenDoors;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * The offer staff record for a host during the call, bound by its constructor exactly as
 * typed; the field rules are its constraints (their messages are keys of the events
 * bundle), the organisation is looked up by {@link StaffOfferChecks}.
 *
 * @param organization the directory organisation's id, or empty
 * @param hostName the host's name, the organisation's when empty
 * @param address street and number
 * @param commune the commune's NIS code
 * @param theme a theme code, or empty
 * @param description what visitors will see
 * @param contactEmail the host's contact
 * @param slots one slot a line: {@code yyyy-mm-dd hh:mm places}
 */
record StaffOfferForm(String organization, String hostName,
		@NotBlank(message = "events.opendoors.refused.address") String address,
		@Pattern(regexp = "21[0-9]{3}", message = "events.opendoors.refused.commune") String commune, String theme,
		String description, String contactEmail, String slots) {

	StaffOfferForm {
		organization = (organization != null) ? organization : "";
		hostName = (hostName != null) ? hostName : "";
		address = (address != null) ? address : "";
		commune = (commune != null) ? commune : "";
		theme = (theme != null) ? theme : "";
		description = (description != null) ? description : "";
		contactEmail = (contactEmail != null) ? contactEmail : "";
		slots = (slots != null) ? slots : "";
	}

	static StaffOfferForm empty() {
		return new StaffOfferForm(null, null, null, null, null, null, null, null);
	}

	/**
	 * The slots typed, one a line ({@code 2025-10-06 10:00 8}), blank lines skipped;
	 * empty when a line is not a day, a time and a whole number of places.
	 */
	static Optional<List<OpenDoors.Slot>> slotLines(String text) {
		List<OpenDoors.Slot> slots = new ArrayList<>();
		for (String line : text.split("\\R")) {
			if (line.isBlank()) {
				continue;
			}
			String[] parts = line.strip().split("\\s+");
			try {
				slots.add(
						new OpenDoors.Slot(LocalDateTime.parse(parts[0] + "T" + parts[1]), Integer.parseInt(parts[2])));
			}
			catch (RuntimeException ex) {
				return Optional.empty();
			}
		}
		return Optional.of(slots);
	}

}
