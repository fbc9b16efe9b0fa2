package brussels.maillage.events;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import brussels.maillage.system.LocalizedText;

/** Small events for tests. */
public final class EventFixtures {

	private EventFixtures() {
	}

	public static EventDraft draft(String title, int capacity, Duration startsIn) {
		Instant start = Instant.now().plus(startsIn).truncatedTo(ChronoUnit.MINUTES);
		return new EventDraft(EventKind.INFO_SESSION, LocalizedText.of(title, title + " (nl)", null),
				LocalizedText.of("Une séance pour les équipes.", "Een sessie voor de teams.", null), "bilingual", false,
				null, "Rue Marie-Christine 185", "1020", "NORD", List.of(), "NORD", capacity,
				List.of(LocalizedText.of("Votre fonction ?", "Uw functie?", "Your role?")), null, EventStatus.PUBLISHED,
				List.of(new EventDraft.Times(start, start.plus(Duration.ofHours(2)))));
	}

	public static RegisterForEvent person(String email, String language) {
		return new RegisterForEvent("Personne " + email, email, "CPAS", language, List.of("infirmière"), null, true);
	}

}
