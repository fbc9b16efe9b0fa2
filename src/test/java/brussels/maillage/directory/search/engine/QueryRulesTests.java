package brussels.maillage.directory.search.engine;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.search.contract.SearchRequest;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules of the query side (issue 17, session 15) on a small directory, with queries
 * written as people type them: a need said in other words than the services', a very
 * common word beside a rare one, a wish for a cheap service, a need at night, the person
 * the help is for, and an institution named with its commune.
 */
class QueryRulesTests {

	private final LuceneSearchEngine engine = new LuceneSearchEngine();

	private final List<SearchDocument> directory = new ArrayList<>();

	@AfterEach
	void close() {
		this.engine.close();
	}

	/** Twelve services of general help: "aide" and "accueil" are common words here. */
	private void generalHelp() {
		for (int i = 1; i <= 12; i++) {
			add("Antenne sociale " + i, "Accueil, information et aide sociale générale.", "paid", List.of());
		}
	}

	@Test
	void servicesHoldingPartOfTheWordsFollowTheFewThatHoldEnoughAndSaySo() {
		generalHelp();
		SearchDocument writer = add("Écrivain public",
				"Aide pour remplir les formulaires administratifs et la déclaration d'impôts.", "free", List.of());
		SearchDocument tax = add("Permanence fiscale", "Questions sur les impôts des particuliers.", "free", List.of());
		SearchDocument library = add("Bibliothèque", "Prêt de livres et de journaux.", "free", List.of());
		this.engine.rebuild(this.directory, List.of());
		// Three words: a service must hold two; only the public writer does.
		SearchAnswer answer = search("formulaires déclaration impôts", null);
		assertThat(answer.hits()).extracting(SearchAnswer.Hit::id).containsExactly(writer.id(), tax.id());
		assertThat(answer.hits()).extracting(SearchAnswer.Hit::partial).containsExactly(false, true);
		assertThat(answer.total()).isEqualTo(2);
		assertThat(answer.hits()).extracting(SearchAnswer.Hit::id).doesNotContain(library.id());
	}

	@Test
	void aVeryCommonWordIsNotNeededBesideRarerOnes() {
		generalHelp();
		SearchDocument speech = add("Logopède", "Bégaiement et troubles du langage.", "paid", List.of());
		this.engine.rebuild(this.directory, List.of());
		// "aide" is in most services: "bégaiement" and "enfant" make the need, and one
		// of the two is enough (without the rule, two of the three words were needed).
		SearchAnswer answer = search("aide bégaiement enfant", null);
		assertThat(answer.hits().get(0).id()).isEqualTo(speech.id());
		assertThat(answer.hits().get(0).partial()).isFalse();
	}

	@Test
	void aWishForACheapServiceFavoursTheFreeOrCheapOnesWithoutFilteringAndWithoutOutweighingTheNeed() {
		generalHelp();
		SearchDocument paid = add("Cabinet dentaire du Nord", "Dentiste, soins dentaires.", "paid", List.of());
		SearchDocument cheap = add("Cabinet dentaire du Midi", "Dentiste, soins dentaires.", "low_threshold",
				List.of());
		SearchDocument shop = add("Friperie pas chère", "Vêtements de seconde main pas chers.", "free", List.of());
		this.engine.rebuild(this.directory, List.of());
		assertThat(ids(search("dentiste pas cher", null))).startsWith(cheap.id(), paid.id());
		assertThat(ids(search("dentiste bon marché", null))).startsWith(cheap.id(), paid.id());
		// The wish alone still finds what says it.
		assertThat(ids(search("pas cher", null))).contains(shop.id());
	}

	@Test
	void aNeedAtNightFavoursTheServicesOpenAtNight() {
		generalHelp();
		SearchDocument day = add("Infirmiers à domicile Est", "Soins infirmiers à domicile.", "paid",
				List.<int[]>of(new int[] { 9 * 60, 17 * 60 }));
		// Monday 22:00 to Tuesday 06:00.
		SearchDocument night = add("Infirmiers à domicile Ouest", "Soins infirmiers à domicile.", "paid",
				List.<int[]>of(new int[] { 22 * 60, 24 * 60 + 6 * 60 }));
		this.engine.rebuild(this.directory, List.of());
		assertThat(ids(search("infirmière la nuit", null))).startsWith(night.id(), day.id());
		assertThat(ids(search("infirmière ce soir", null))).startsWith(night.id(), day.id());
	}

	@Test
	void theRelativeTheHelpIsForIsNotSearched() {
		generalHelp();
		SearchDocument speech = add("Logopède", "Bégaiement et troubles du langage.", "paid", List.of());
		add("Maison des Frères", "Maison de repos.", "paid", List.of());
		this.engine.rebuild(this.directory, List.of());
		assertThat(ids(search("logopède pour mon frère", null))).containsExactly(speech.id());
	}

	@Test
	void aCommuneReadAsThePlaceRanksTheInstitutionNamedAfterIt() {
		SearchDocument ixelles = add("CPAS d'Ixelles", "Le CPAS d'Ixelles: aide sociale du CPAS.", "free", List.of());
		SearchDocument schaerbeek = add("CPAS de Schaerbeek", "Aide sociale.", "free", List.of());
		add("Maison médicale de Schaerbeek", "Médecine générale.", "paid", List.of());
		this.engine.rebuild(this.directory, List.of());
		// Without the place, the text saying "CPAS" three times comes first.
		assertThat(ids(search("cpas", null))).containsExactly(ixelles.id(), schaerbeek.id());
		// With it, the one named after the place; the place finds nothing by itself.
		assertThat(ids(search("cpas", "schaerbeek"))).containsExactly(schaerbeek.id(), ixelles.id());
	}

	@Test
	void aMistypedWordIsNeverRespelledIntoAPlaceName() {
		SearchDocument laeken = add("Maison médicale de Laken", "Médecine générale à Laken.", "paid", List.of());
		add("Lavoir social", "Lavoir et douches.", "free", List.of());
		this.engine.rebuild(this.directory, List.of());
		// "laver" is in no text: its closest spelling among the names is "laken", which
		// is
		// read as a place when typed, never searched as a need.
		assertThat(ids(search("laver", null))).contains(laeken.id());
		this.engine.placeWords(Set.of("laken", "schaerbeek"));
		assertThat(ids(search("laver", null))).doesNotContain(laeken.id());
	}

	private SearchAnswer search(String text, String placeWords) {
		return this.engine.search(new SearchRequest(text, null, null, false, null, null, null, null, null, null, null,
				null, null, null, null, 0, 10, false, null, null, placeWords));
	}

	private static List<UUID> ids(SearchAnswer answer) {
		return answer.hits().stream().map(SearchAnswer.Hit::id).toList();
	}

	private SearchDocument add(String name, String text, String cost, List<int[]> open) {
		SearchDocument service = new SearchDocument(UUID.randomUUID(), UUID.randomUUID(), "Asbl", Map.of("fr", name),
				Map.of("fr", text), List.of(), List.of(), "active", "service", cost, List.of("fr"), List.of(), "REGION",
				List.of(), List.of(), Instant.parse("2026-01-01T00:00:00Z"), open, null, null);
		this.directory.add(service);
		return service;
	}

}
