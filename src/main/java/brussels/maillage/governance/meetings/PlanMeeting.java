package brussels.maillage.governance.meetings;

import java.time.Instant;
import java.util.Objects;

import brussels.maillage.system.LocalizedText;

/**
 * A meeting to plan, checked.
 *
 * @param title title in fr/nl/en
 * @param startsAt start
 * @param endsAt end, after the start
 * @param place where, or {@code null}
 * @param capacity places for registrations (open series)
 */
public record PlanMeeting(LocalizedText title, Instant startsAt, Instant endsAt, String place, int capacity) {

	public PlanMeeting {
		Objects.requireNonNull(title, "title");
		if (!endsAt.isAfter(startsAt)) {
			throw new IllegalArgumentException("A meeting ends after it starts");
		}
		if (capacity < 1) {
			throw new IllegalArgumentException("At least one place");
		}
	}

}
