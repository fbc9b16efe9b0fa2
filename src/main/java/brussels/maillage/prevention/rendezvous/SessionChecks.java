package brussels.maillage.prevention.rendezvous;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import brussels.maillage.prevention.local.PreventionBassin;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the session form beyond its annotations, each problem next to its field: a
 * venue of the bassin being edited, a day that exists.
 */
@Component
class SessionChecks {

	private final RendezvousService rendezvous;

	SessionChecks(RendezvousService rendezvous) {
		this.rendezvous = rendezvous;
	}

	/** The checked venue and day, or {@code null} when a field is refused. */
	Checked checked(PreventionBassin bassin, SessionForm form, Errors errors) {
		Venue venue = null;
		if (!errors.hasFieldErrors("venueId")) {
			venue = this.rendezvous.venue(uuidOrNull(form.venueId()))
				.filter((found) -> found.bassin() == bassin)
				.orElse(null);
			if (venue == null) {
				errors.rejectValue("venueId", "prevention.session.venue.unknown");
			}
		}
		LocalDate day = null;
		if (!errors.hasFieldErrors("heldOn")) {
			try {
				day = LocalDate.parse(form.heldOn());
			}
			catch (DateTimeParseException ex) {
				errors.rejectValue("heldOn", "prevention.session.heldOn.invalid");
			}
		}
		return errors.hasErrors() ? null : new Checked(venue, day);
	}

	private static UUID uuidOrNull(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			return new UUID(0, 0);
		}
	}

	/**
	 * A session's checked venue and day.
	 *
	 * @param venue the venue, of the edited bassin
	 * @param day the day it was held
	 */
	record Checked(Venue venue, LocalDate day) {
	}

}
