package brussels.maillage.directory.search.index;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.engine.LuceneSearchEngine;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A package declares one language for all its texts; a Brussels publisher's texts are
 * often in the other language or in both. The sentences below are written as Brussels
 * services describe themselves.
 */
class TextLanguagesTests {

	private final LuceneSearchEngine engine = new LuceneSearchEngine();

	@AfterEach
	void close() {
		this.engine.close();
	}

	@Test
	void tellsFrenchFromDutchAndBoth() {
		assertThat(TextLanguages.of("Une équipe de médecins et d'infirmiers pour les habitants du quartier."))
			.containsExactly("fr");
		assertThat(TextLanguages.of("Een team van huisartsen en verpleegkundigen voor de mensen uit de wijk."))
			.containsExactly("nl");
		assertThat(TextLanguages
			.of("Accueil et orientation pour les familles / Onthaal en doorverwijzing voor " + "gezinnen met kinderen"))
			.containsExactlyInAnyOrder("fr", "nl");
	}

	@Test
	void tellsNothingOfANameOrAShortLabel() {
		assertThat(TextLanguages.of("Wijkgezondheidscentrum De Linde")).isEmpty();
		assertThat(TextLanguages.of("Maison médicale du Parc")).isEmpty();
	}

	@Test
	void aDutchTextGivenAsFrenchIsSearchedAsDutch() {
		// The package said "fr" for everything; the centre writes in Dutch. Its name's
		// compound holds "gezondheid", and its text the plural "huisartsen".
		SearchDocument dutch = service("Wijkgezondheidscentrum De Linde",
				"Een team van huisartsen en verpleegkundigen voor de mensen uit de wijk.");
		SearchDocument french = service("Maison médicale du Parc",
				"Une équipe de médecins et d'infirmiers pour les habitants du quartier.");
		this.engine.rebuild(List.of(dutch, french), List.of());
		assertThat(found("gezondheid")).containsExactly(dutch.id());
		assertThat(found("huisarts")).containsExactly(dutch.id());
		assertThat(found("infirmière")).containsExactly(french.id());
	}

	private List<UUID> found(String text) {
		return this.engine
			.search(new SearchRequest(text, null, null, false, null, null, null, null, null, null, null, null, null,
					null, null, 0, 10, false))
			.hits()
			.stream()
			.map(SearchAnswer.Hit::id)
			.toList();
	}

	private static SearchDocument service(String name, String text) {
		return new SearchDocument(UUID.randomUUID(), UUID.randomUUID(), "Asbl", Map.of("fr", name), Map.of("fr", text),
				List.of(), List.of(), "active", "service", "free", List.of("fr"), List.of(), "REGION", List.of(),
				List.of(), Instant.parse("2026-01-01T00:00:00Z"), List.of(), null, null);
	}

}
