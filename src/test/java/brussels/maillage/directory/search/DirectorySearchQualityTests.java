package brussels.maillage.directory.search;

import java.util.HashMap;
import java.util.HashSet;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.Proximity;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ranking quality on the seeded demo directory: a judged set of French and Dutch queries,
 * scored with NDCG@10. A service is judged by its themes (2 for the theme asked, 1 for
 * its parent theme) plus 1 when it covers the person's place, so the ideal list follows
 * stepped care.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectorySearchQualityTests {

	/**
	 * Measured 0.882 on the demo directory (seed 20260901) when this test was written, on
	 * the PostgreSQL full-text search; 0.843 on Apache Lucene (issue 17), whose ranking
	 * is measured on the hand-written judged set below (0.946), these judgements being
	 * derived from the demo generator's themes. Ranking words found in names or themes
	 * before stepped care gave 0.973, but put services that cannot serve the person above
	 * those that can: not kept (see docs/benchmarks.md, "Directory search quality").
	 */
	static final double FLOOR = 0.84;

	private static final Place SCHAERBEEK = new Place(null, "21015", "NORD_EST", 50.867, 4.378);

	private static final Place MOLENBEEK = new Place(null, "21012", "CENTRE_OUEST", 50.855, 4.323);

	private static final Place UCCLE = new Place(null, "21016", "SUD", 50.801, 4.337);

	private static final Place JETTE = new Place(null, "21010", "NORD", 50.878, 4.327);

	private static final Place IXELLES = new Place(null, "21009", "SUD", 50.828, 4.372);

	private static final Place ANDERLECHT = new Place(null, "21001", "CENTRE_OUEST", 50.837, 4.309);

	private static final Place EVERE = new Place(null, "21006", "NORD_EST", 50.870, 4.402);

	private static final Place SAINT_GILLES = new Place(null, "21013", "SUD", 50.827, 4.346);

	/**
	 * A judged query.
	 *
	 * @param text what is typed
	 * @param place where the person lives
	 * @param theme the theme of the services that should come first
	 * @param broader the theme of services that help a little, or {@code null}
	 */
	record Judged(String text, Place place, String theme, String broader) {
	}

	static final List<Judged> QUERIES = List.of(new Judged("aide familiale", SCHAERBEEK, "family_help", "home_care"),
			new Judged("gezinszorg", MOLENBEEK, "family_help", "home_care"),
			new Judged("soins palliatifs à domicile", UCCLE, "palliative_home", "palliative"),
			new Judged("palliatieve thuiszorg", JETTE, "palliative_home", "palliative"),
			new Judged("santé mentale", IXELLES, "ssm", "mental_health"),
			new Judged("CGG", ANDERLECHT, "ssm", "mental_health"),
			new Judged("psychologue", Place.NOWHERE, "psychologist", "mental_health"),
			new Judged("diabète", SCHAERBEEK, "diabetes", null),
			new Judged("maison de repos", UCCLE, "nursing_homes", "seniors"),
			new Judged("woonzorgcentrum", JETTE, "nursing_homes", "seniors"),
			new Judged("OCMW", MOLENBEEK, "cpas", "social_services"),
			new Judged("huisarts", IXELLES, "general_practice", null),
			new Judged("sans abri", Place.NOWHERE, "homelessness", "housing"),
			new Judged("verslaving", SAINT_GILLES, "addictions", null),
			new Judged("planning familial", SCHAERBEEK, "family_planning", null),
			new Judged("mantelzorgers", Place.NOWHERE, "carers", null),
			new Judged("aidants proches", EVERE, "carers", null),
			new Judged("thuisverpleging", SAINT_GILLES, "home_nursing", "nursing"));

	/**
	 * A query for a kind of service the demo holds without a theme of its own (issue 17:
	 * what a visitor typed and found nothing), judged by reading the demo's services of
	 * that kind ({@code first-line.txt} of the demo package): 2 for what the person
	 * needs, 1 for what helps in part. A service is named by its French name, {@code *}
	 * standing for any end.
	 *
	 * @param text what is typed, with the place in it when there is one
	 * @param grades the services judged, with their grades
	 * @param partly a theme whose other services help in part, or {@code null}
	 */
	record Read(String text, Map<String, Integer> grades, String partly) {
	}

	static final List<Read> READ = Stream.of(
			both("logopède pour un enfant à Evere", "logopedist voor een kind in Evere",
					Map.of("Logopédie pour enfants – Les Petits Mots", 2), null),
			both("restaurant social", "sociaal restaurant",
					Map.of("Restaurant social – Le Grand Couvert", 2, "Restaurant social du Canal*", 2,
							"Restaurant social pour seniors*", 1),
					null),
			both("violences conjugales", "partnergeweld",
					Map.of("Ligne d'écoute violences conjugales*", 2, "Hébergement pour femmes victimes*", 2,
							"Consultations violences conjugales*", 2, "Accueil social général – Welzijnshuis*", 1),
					null),
			both("asile de nuit", "nachtopvang",
					Map.of("Asile de nuit – Le Réverbère", 2, "Hébergement d'urgence de nuit*", 2,
							"Abri de nuit hivernal*", 2),
					"homelessness"),
			List.of(new Read("cours de français",
					Map.of("Cours de français et alphabétisation*", 2, "Cours de français langue étrangère*", 2), null),
					new Read("Nederlands leren",
							Map.of("Apprendre le néerlandais*", 2, "Cours de néerlandais pour adultes*", 2), null)),
			both("aide juridique gratuite", "gratis juridisch advies",
					Map.of("Permanence juridique gratuite*", 2, "Aide juridique de première ligne*", 2,
							"Permanence juridique en droit des étrangers*", 1),
					null),
			both("médiation de dettes", "schuldbemiddeling",
					Map.of("Médiation de dettes – Le Fil d'Ariane", 2, "Service de médiation de dettes*", 2,
							"Ligne info surendettement", 2, "Accueil social général – Welzijnshuis*", 1,
							"Aide sociale – CPAS*", 1),
					null))
		.flatMap(List::stream)
		.toList();

	/** The same need typed in French and in Dutch, judged alike. */
	private static List<Read> both(String french, String dutch, Map<String, Integer> grades, String partly) {
		return List.of(new Read(french, grades, partly), new Read(dutch, grades, partly));
	}

	private static final Set<Proximity> COVERING = Set.of(Proximity.QUARTIER, Proximity.COMMUNE, Proximity.BASSIN,
			Proximity.REGION);

	@Autowired
	DirectoryService directory;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void ranksTheJudgedQueriesWellEnough() {
		double sum = 0;
		for (Judged judged : QUERIES) {
			Map<UUID, Integer> gains = gains(judged);
			List<SearchHit> hits = this.directory.search(SearchQuery.of(judged.text(), judged.place())).hits();
			double ndcg = ndcg(hits.stream().map((hit) -> gains.getOrDefault(hit.id(), 0)).toList(),
					gains.values().stream().sorted((a, b) -> b - a).toList());
			System.out.printf("NDCG@10 %.3f  %-30s (%d judged relevant)%n", ndcg, judged.text(), gains.size());
			sum += ndcg;
		}
		double mean = sum / QUERIES.size();
		System.out.printf("Mean NDCG@10 over %d judged queries: %.3f (floor %.2f)%n", QUERIES.size(), mean, FLOOR);
		assertThat(mean).isGreaterThanOrEqualTo(FLOOR);
	}

	@Test
	void ranksTheQueriesForTheKindsAddedToTheDemoWellEnough() {
		double sum = 0;
		for (Read read : READ) {
			Map<UUID, Integer> gains = new HashMap<>();
			if (read.partly() != null) {
				browse(read.partly(), Place.NOWHERE).forEach((hit) -> gains.put(hit.id(), 1));
			}
			read.grades().forEach((name, grade) -> {
				List<UUID> named = this.jdbc.sql("select id from service where name ->> 'fr' like ?")
					.param(name.replace("*", "%"))
					.query(UUID.class)
					.list();
				assertThat(named).as("demo services named %s", name).isNotEmpty();
				named.forEach((id) -> gains.put(id, grade));
			});
			List<SearchHit> hits = this.directory.search(SearchQuery.of(read.text(), Place.NOWHERE)).hits();
			double ndcg = ndcg(hits.stream().map((hit) -> gains.getOrDefault(hit.id(), 0)).toList(),
					gains.values().stream().sorted((a, b) -> b - a).toList());
			System.out.printf("NDCG@10 %.3f  %-30s (%d judged relevant)%n", ndcg, read.text(), gains.size());
			sum += ndcg;
		}
		double mean = sum / READ.size();
		System.out.printf("Mean NDCG@10 over %d queries for the added kinds: %.3f (floor %.2f)%n", READ.size(), mean,
				FLOOR);
		assertThat(mean).isGreaterThanOrEqualTo(FLOOR);
	}

	private Map<UUID, Integer> gains(Judged judged) {
		Map<UUID, Integer> gains = new HashMap<>();
		Set<UUID> serving = new HashSet<>();
		if (judged.broader() != null) {
			browse(judged.broader(), judged.place()).forEach((hit) -> gains.put(hit.id(), 1));
		}
		browse(judged.theme(), judged.place()).forEach((hit) -> gains.put(hit.id(), 2));
		browse(judged.theme(), judged.place()).stream()
			.filter((hit) -> COVERING.contains(hit.proximity()))
			.forEach((hit) -> serving.add(hit.id()));
		if (judged.broader() != null) {
			browse(judged.broader(), judged.place()).stream()
				.filter((hit) -> COVERING.contains(hit.proximity()))
				.forEach((hit) -> serving.add(hit.id()));
		}
		if (!judged.place().isUnknown()) {
			serving.forEach((id) -> gains.computeIfPresent(id, (key, gain) -> gain + 1));
		}
		return gains;
	}

	private List<SearchHit> browse(String theme, Place place) {
		return this.directory
			.search(new SearchQuery(null, theme, null, false, null, place, null, null, 0, SearchQuery.MAX_SIZE))
			.hits();
	}

	/**
	 * Lowest mean NDCG@10 of the hand-written judged set (all queries, and each
	 * language); measured values in docs/benchmarks.md.
	 */
	static final double JUDGED_FLOOR = 0.80;

	/**
	 * The judged set of issue 17: queries typed as professionals type them (sentences, a
	 * place in the text, typos, acronyms, English) over a small directory written by hand
	 * ({@code directory-judged/services.txt}, not the demo generator's), judged by
	 * reading the services. The demo directory is in the same database: its services are
	 * left out of the ranked lists before scoring (they are not judged).
	 */
	@Test
	void ranksTheHandWrittenJudgedSetWellEnough() throws IOException {
		Map<String, UUID> fixture = JudgedDirectory.load(this.directory);
		try {
			judgedSet(fixture);
		}
		finally {
			JudgedDirectory.unload(this.jdbc, fixture);
		}
	}

	private void judgedSet(Map<String, UUID> fixture) throws IOException {
		Set<UUID> judgedIds = new HashSet<>(fixture.values());
		List<JudgedSet.Scored> scored = new ArrayList<>();
		List<String> empty = new ArrayList<>();
		for (String line : JudgedDirectory.lines("queries.txt")) {
			String[] parts = line.split("\\|");
			Map<UUID, Integer> gains = new HashMap<>();
			for (String judgement : parts[2].split(",")) {
				String[] kv = judgement.split("=");
				gains.put(Objects.requireNonNull(fixture.get(kv[0]), kv[0]), Integer.parseInt(kv[1]));
			}
			List<SearchHit> hits = this.directory
				.search(new SearchQuery(parts[1], null, null, false, null, Place.NOWHERE, null, null, 0, 100))
				.hits();
			List<Integer> ranked = hits.stream()
				.filter((hit) -> judgedIds.contains(hit.id()))
				.map((hit) -> gains.getOrDefault(hit.id(), 0))
				.toList();
			double ndcg = ndcg(ranked, gains.values().stream().sorted((a, b) -> b - a).toList());
			if (ranked.stream().limit(10).noneMatch((gain) -> gain > 0)) {
				empty.add(parts[1]);
			}
			System.out.printf("NDCG@10 %.3f  %s  %s%n", ndcg, parts[0], parts[1]);
			scored.add(new JudgedSet.Scored(parts[0], parts[1], ndcg, List.of()));
		}
		JudgedSet.Scores scores = new JudgedSet.Scores(scored);
		System.out.printf("Judged set: mean NDCG@10 %.3f over %d queries%n", scores.mean(), scored.size());
		scores.printLanguages();
		assertThat(empty).as("queries with no relevant service in their first ten").isEmpty();
		assertThat(scores.mean()).isGreaterThanOrEqualTo(JUDGED_FLOOR);
		scores.byLanguage()
			.forEach((language, mean) -> assertThat(mean).as(language).isGreaterThanOrEqualTo(JUDGED_FLOOR));
	}

	/** The sentences of issue 17, each with what a reader of the services expects. */
	@Test
	void findsWhatTheIssuesSentencesAskFor() throws IOException {
		Map<String, UUID> fixture = JudgedDirectory.load(this.directory);
		try {
			sentences(fixture);
		}
		finally {
			JudgedDirectory.unload(this.jdbc, fixture);
		}
	}

	private void sentences(Map<String, UUID> fixture) {
		SearchResults jette = this.directory
			.search(SearchQuery.of("logopède pour un enfant de 6 ans à Jette", Place.NOWHERE));
		assertThat(jette.placeInText().fr()).isEqualTo("Jette");
		assertThat(jette.hits()).first().extracting(SearchHit::id).isEqualTo(fixture.get("logo-jette"));
		SearchResults isolated = this.directory
			.search(SearchQuery.of("accompagnement administratif pour une personne âgée isolée", Place.NOWHERE));
		assertThat(isolated.hits()).extracting(SearchHit::id)
			.first()
			.isIn(fixture.get("admin-seniors-wsl"), fixture.get("admin-isoles"));
		SearchResults evere = this.directory.search(SearchQuery.of("kinésithérapeute à domicile Evere", Place.NOWHERE));
		assertThat(evere.placeInText().fr()).isEqualTo("Evere");
		assertThat(evere.place().communeNis()).isEqualTo("21006");
		assertThat(evere.hits()).extracting(SearchHit::id)
			.first()
			.isIn(fixture.get("kine-evere"), fixture.get("kine-regional"));
		SearchResults english = this.directory.search(SearchQuery.of("speech therapist for a child", Place.NOWHERE));
		assertThat(english.hits().stream().limit(5).map(SearchHit::id)).contains(fixture.get("logo-jette"),
				fixture.get("logo-schaerbeek"));
		for (String place : List.of("Watermael-Boitsfort", "watermael boitsfort", "Sint-Agatha-Berchem",
				"Neder-over-Heembeek", "neder over heembeek", "1170")) {
			SearchResults placed = this.directory.search(SearchQuery.of("cpas " + place, Place.NOWHERE));
			assertThat(placed.placeInText()).as(place).isNotNull();
			assertThat(placed.total()).as(place).isPositive();
		}
	}

	static double ndcg(List<Integer> gains, List<Integer> ideal) {
		double idealDcg = dcg(ideal);
		return (idealDcg == 0) ? 0 : dcg(gains) / idealDcg;
	}

	static double dcg(List<Integer> gains) {
		double dcg = 0;
		for (int rank = 0; rank < Math.min(10, gains.size()); rank++) {
			dcg += (Math.pow(2, gains.get(rank)) - 1) / (Math.log(rank + 2) / Math.log(2));
		}
		return dcg;
	}

}
