package brussels.maillage.events.opendoors;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What the open-doors sub-features share: a host's offer and its slots, a booking, the
 * totals of weeks, the length of a visit and the languages of mails.
 */
public final class OpenDoors {

	/** Every visit lasts an hour and a half. */
	static final Duration VISIT = Duration.ofMinutes(90);

	private OpenDoors() {
	}

	/**
	 * A host's offer: where, what, who to contact (and in which language), and the slots.
	 * {@code organizationNote} is what a host not in the directory wrote so that staff
	 * can add it. Its constraints are the rules every offer meets (their messages are
	 * refusal reasons, see {@link OfferRules}).
	 */
	public record Offer(UUID organizationId,
			@NotBlank(message = "host") @Size(max = FormLimits.NAME, message = "hostLength") String hostName,
			@Size(max = FormLimits.ADDRESS, message = "addressLength") String address, String communeNis, String theme,
			String description,
			@NotNull(message = "email") @Pattern(regexp = "(?s).*@.*", message = "email") @Size(max = FormLimits.EMAIL,
					message = "email") String contactEmail,
			@NotEmpty(message = "noslot") List<Slot> slots, String contactName, String contactLanguage,
			String organizationNote) {

		public Offer(UUID organizationId, String hostName, String address, String communeNis, String theme,
				String description, String contactEmail, List<Slot> slots) {
			this(organizationId, hostName, address, communeNis, theme, description, contactEmail, slots, null, "fr",
					null);
		}

	}

	/**
	 * A slot offered: start in Brussels time, places, and optionally the language of the
	 * visit, what visitors will see (fr/nl/en) and themes of the directory.
	 */
	public record Slot(LocalDateTime startsAt,
			@Min(value = 1, message = "capacity") @Max(value = FormLimits.VISIT_PLACES,
					message = "capacityLarge") int capacity,
			String language, LocalizedText description, List<String> themes) {

		public Slot(LocalDateTime startsAt, int capacity) {
			this(startsAt, capacity, null, null, List.of());
		}

	}

	/** A professional booking a visit; no account. */
	record Booking(String name, String email, String profession, String language) {
	}

	/** Totals of weeks. */
	record Totals(long weeks, long hosts, long visitors, long visits) {
	}

	public static String language(String language) {
		return List.of("fr", "nl", "en").contains(language) ? language : "fr";
	}

	static List<Slot> slots(List<LocalDateTime> starts, int capacity) {
		List<Slot> slots = new ArrayList<>();
		starts.forEach((start) -> slots.add(new Slot(start, capacity)));
		return slots;
	}

}
