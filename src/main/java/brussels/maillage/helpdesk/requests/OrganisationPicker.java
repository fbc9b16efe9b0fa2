package brussels.maillage.helpdesk.requests;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;

import org.springframework.stereotype.Component;

/**
 * Finds directory organisations by the words of their name (accents and case ignored),
 * for the caller's organisation on the request form. The list of organisations is read
 * from the directory at most once a minute.
 */
@Component
class OrganisationPicker {

	private static final int MAX_ORGANISATIONS = 20_000;

	private static final Duration FRESH = Duration.ofMinutes(1);

	private final DirectoryService directory;

	private volatile List<Entry> entries;

	private volatile Instant readAt = Instant.EPOCH;

	private final Clock clock;

	OrganisationPicker(DirectoryService directory, Clock clock) {
		this.clock = clock;
		this.directory = directory;
	}

	/**
	 * At most {@code limit} organisations whose name holds every word of {@code query}.
	 */
	List<OrganisationChoice> find(String query, int limit) {
		if (query == null || query.isBlank() || query.length() > 200) {
			return List.of();
		}
		String normalised = normalise(query);
		if (normalised.isEmpty()) {
			return List.of();
		}
		String[] words = normalised.split(" ");
		return entries().stream()
			.filter((entry) -> Arrays.stream(words).allMatch(entry.key()::contains))
			.sorted((a, b) -> Boolean.compare(!a.key().startsWith(words[0]), !b.key().startsWith(words[0])))
			.limit(limit)
			.map(Entry::choice)
			.toList();
	}

	/** The organisation with this id (as text), when the directory holds it. */
	Optional<OrganisationChoice> chosen(String id) {
		if (id == null || id.isBlank()) {
			return Optional.empty();
		}
		try {
			return this.directory.organization(UUID.fromString(id.strip()))
				.map((organisation) -> new OrganisationChoice(organisation.id().toString(), organisation.name()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private List<Entry> entries() {
		List<Entry> current = this.entries;
		Instant now = this.clock.instant();
		if (current == null || this.readAt.plus(FRESH).isBefore(now)) {
			current = this.directory.organizations(0, MAX_ORGANISATIONS)
				.stream()
				.map(OrganisationPicker::entry)
				.toList();
			this.entries = current;
			this.readAt = now;
		}
		return current;
	}

	private static Entry entry(Organization organisation) {
		return new Entry(normalise(organisation.name()),
				new OrganisationChoice(organisation.id().toString(), organisation.name()));
	}

	static String normalise(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}+", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

	private record Entry(String key, OrganisationChoice choice) {
	}

}
