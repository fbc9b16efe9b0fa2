package brussels.maillage.directory.search.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.search.contract.SearchRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A situation told that names two concepts no service holds together ("il ne peut plus
 * monter les escaliers ni entrer dans sa baignoire": reduced mobility and personal care)
 * falls back to the services of either concept, not to services reached only through a
 * word never typed: "entrer" is in no text, and its closest spelling, "être", is the
 * "bien-être" of mental-health services (issue 17, session 22). The services are written
 * as Brussels services describe themselves.
 */
class EitherConceptFallbackTests {

	private static final String TOLD = "il ne peut plus monter les escaliers ni entrer dans sa baignoire";

	/** Two groups of the thesaurus, as seeded (V129, V159). */
	private static final List<List<String>> THESAURUS = List.of(
			List.of("mobilite reduite", "monter les escaliers", "trap oplopen", "climb stairs"),
			List.of("aide a la toilette", "baignoire", "se laver", "zich wassen", "bathtub"));

	private final LuceneSearchEngine engine = new LuceneSearchEngine();

	private final List<SearchDocument> directory = new ArrayList<>();

	@AfterEach
	void close() {
		this.engine.close();
	}

	private void mentalHealth() {
		for (String name : List.of("Bien-être et santé mentale Nord", "Espace bien-être adultes",
				"Bien-être psychologique Sud")) {
			add(name, "Consultations psychologiques et psychiatriques pour adultes, soutien et écoute.");
		}
	}

	@Test
	void twoConceptsNoServiceHoldsFallBackToTheServicesOfEither() {
		mentalHealth();
		SearchDocument ergo = add("Ergothérapie à domicile",
				"Conseils et aménagement du logement des personnes à mobilité réduite : escaliers, rampes, accès.");
		SearchDocument care = add("Aide familiale", "Aide à la toilette, courses et repas des personnes âgées.");
		this.engine.rebuild(this.directory, THESAURUS);
		List<UUID> found = ids(search(TOLD));
		assertThat(found).hasSize(2).containsExactlyInAnyOrder(ergo.id(), care.id());
	}

	@Test
	void aServiceHoldingBothComesFirstThenTheServicesOfEither() {
		mentalHealth();
		SearchDocument ergo = add("Ergothérapie à domicile",
				"Conseils et aménagement du logement des personnes à mobilité réduite : escaliers, rampes, accès.");
		SearchDocument care = add("Aide familiale", "Aide à la toilette, courses et repas des personnes âgées.");
		SearchDocument both = add("Soins à domicile",
				"Aide à la toilette et accompagnement des personnes à mobilité réduite.");
		this.engine.rebuild(this.directory, THESAURUS);
		List<UUID> found = ids(search(TOLD));
		assertThat(found.get(0)).isEqualTo(both.id());
		assertThat(found).hasSize(3).containsExactlyInAnyOrder(both.id(), ergo.id(), care.id());
	}

	@Test
	void aWordRespelledStillFindsWhenTheTextNamesNoConcept() {
		SearchDocument wellBeing = add("Espace bien-être adultes", "Consultations psychologiques pour adultes.");
		this.engine.rebuild(this.directory, THESAURUS);
		// No concept read: the closest spelling is all there is, as before. (Not
		// "entrer":
		// its closest spelling, "être", is a stop word, which a respelling never gives
		// since the Dutch sentences' reading of session 22.)
		assertThat(ids(search("consultasions"))).containsExactly(wellBeing.id());
	}

	private SearchAnswer search(String text) {
		return this.engine.search(new SearchRequest(text, null, null, false, null, null, null, null, null, null, null,
				null, null, null, null, 0, 10, false, null, null, null));
	}

	private static List<UUID> ids(SearchAnswer answer) {
		return answer.hits().stream().map(SearchAnswer.Hit::id).toList();
	}

	private SearchDocument add(String name, String text) {
		SearchDocument service = new SearchDocument(UUID.randomUUID(), UUID.randomUUID(), "Asbl", Map.of("fr", name),
				Map.of("fr", text), List.of(), List.of(), "active", "service", "paid", List.of("fr"), List.of(),
				"REGION", List.of(), List.of(), Instant.parse("2026-01-01T00:00:00Z"), List.of(), null, null);
		this.directory.add(service);
		return service;
	}

}
