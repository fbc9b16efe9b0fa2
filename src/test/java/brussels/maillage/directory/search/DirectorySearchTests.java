package brussels.maillage.directory.search;

import java.util.List;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.Proximity;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ThemeFacet;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static brussels.maillage.directory.DirectoryFixtures.french;
import static brussels.maillage.directory.DirectoryFixtures.organization;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search of the directory on the embedded PostgreSQL, over the demo directory and a few
 * fixtures.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DirectorySearchTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	private RegisterOrganization registered(String name, String communeNis, double lat, double lon) {
		RegisterOrganization organization = organization(name, communeNis, lat, lon);
		this.directory.register(organization);
		return organization;
	}

	private RegisterService registered(RegisterService service) {
		this.directory.register(service, "test");
		return service;
	}

	@Test
	void findsAServiceTypedWithoutAccents() {
		RegisterOrganization organization = registered("Asbl Zébulon", "21015", 50.867, 4.378);
		RegisterService service = registered(french(organization, "Équipe mobile de gériatrie Zébulon",
				"Évaluation gériatrique à domicile", AreaLevel.REGION, List.of(), "seniors"));
		SearchResults results = this.directory.search(SearchQuery.of("equipe geriatrie zebulon", Place.NOWHERE));
		assertThat(results.hits()).first().satisfies((hit) -> assertThat(hit.id()).isEqualTo(service.id()));
		assertThat(results.approximate()).isFalse();
	}

	/**
	 * "MR/MRS", "SSM/CGG": a slash or a dot joins words into one token for PostgreSQL's
	 * parser; names are searched word by word, as the typed text.
	 */
	@Test
	void findsANameWordJoinedByASlash() {
		RegisterOrganization organization = registered("Asbl Pangolin", "21015", 50.867, 4.378);
		RegisterService service = registered(french(organization, "MR/MRS Pangolin-Ouest (www.pangolin.be)",
				"Hébergement", AreaLevel.REGION, List.of(), "seniors"));
		for (String typed : List.of("mrs pangolin", "pangolin be", "MR/MRS Pangolin", "mr mrs")) {
			SearchResults results = this.directory.search(SearchQuery.of(typed, Place.NOWHERE));
			assertThat(results.hits()).as(typed)
				.first()
				.satisfies((hit) -> assertThat(hit.id()).isEqualTo(service.id()));
		}
	}

	/**
	 * Terms of one synonym group typed together, as organisations write them ("MR/MRS",
	 * "CPAS/OCMW"), are one mention: the service named by another term of the group is
	 * found.
	 */
	@Test
	void findsAServiceByTermsOfOneSynonymGroupTypedTogether() {
		RegisterOrganization organization = registered("Asbl Tatou", "21015", 50.867, 4.378);
		RegisterService service = registered(
				french(organization, "Maison de repos Tatou", "Hébergement", AreaLevel.REGION, List.of(), "seniors"));
		for (String typed : List.of("MR/MRS Tatou", "mrs mr tatou", "WZC Tatou")) {
			SearchResults results = this.directory.search(SearchQuery.of(typed, Place.NOWHERE));
			assertThat(results.hits()).as(typed)
				.first()
				.satisfies((hit) -> assertThat(hit.id()).isEqualTo(service.id()));
		}
	}

	@Test
	void findsAFrenchOnlyServiceWithADutchQuery() {
		RegisterOrganization organization = registered("Asbl Wombat", "21015", 50.867, 4.378);
		RegisterService service = registered(french(organization, "Aides familiales Wombat",
				"Aide à domicile pour les familles", AreaLevel.QUARTIER, List.of("QTEST-WOMBAT"), "family_help"));
		SearchResults results = this.directory
			.search(SearchQuery.of("gezinszorg wombat", new Place("QTEST-WOMBAT", "21015", "NORD_EST", null, null)));
		assertThat(results.hits()).first().satisfies((hit) -> {
			assertThat(hit.id()).isEqualTo(service.id());
			assertThat(hit.name().nl()).isNull();
			assertThat(hit.proximity()).isEqualTo(Proximity.QUARTIER);
		});
	}

	@Test
	void findsAServiceDespiteATypo() {
		RegisterOrganization organization = registered("Asbl Axolotl", "21015", 50.867, 4.378);
		RegisterService service = registered(french(organization, "Répit Axolotl pour aidants", "Accueil de répit",
				AreaLevel.REGION, List.of(), "carers"));
		SearchResults results = this.directory.search(SearchQuery.of("axoltl", Place.NOWHERE));
		assertThat(results.approximate()).isTrue();
		assertThat(results.corrected()).isEqualTo("axolotl");
		assertThat(results.hits()).first().satisfies((hit) -> {
			assertThat(hit.id()).isEqualTo(service.id());
			assertThat(hit.approximate()).isTrue();
		});
	}

	@Test
	void findsAServiceThroughAnAcronymSynonym() {
		RegisterOrganization organization = registered("Asbl Ornithorynque", "21015", 50.867, 4.378);
		RegisterService service = registered(french(organization, "Service de santé mentale Ornithorynque",
				"Consultations", AreaLevel.REGION, List.of(), "ssm"));
		SearchResults results = this.directory.search(SearchQuery.of("CGG ornithorynque", Place.NOWHERE));
		assertThat(results.hits()).first().satisfies((hit) -> {
			assertThat(hit.id()).isEqualTo(service.id());
			assertThat(hit.synonym()).contains("cgg");
		});
	}

	@Test
	void findsTheCpasByItsDutchAcronym() {
		// The demo's 19 public CPAS/OCMW carry the Dutch acronym in their own names and
		// come first; a service written only in French must still be among the hits.
		SearchResults results = this.directory.search(
				new SearchQuery("ocmw", null, null, false, null, Place.NOWHERE, null, null, 0, SearchQuery.MAX_SIZE));
		assertThat(results.total()).isPositive();
		assertThat(results.hits()).anySatisfy((hit) -> assertThat(hit.name().nl()).isNull());
	}

	@Test
	void ranksAServiceOfThePersonsCommuneAboveAnIdenticalRegionalOne() {
		RegisterOrganization organization = registered("Asbl Capybara", "21015", 50.867, 4.378);
		RegisterService regional = registered(french(organization, "Halte-accueil Capybara", "Accueil de jour",
				AreaLevel.REGION, List.of(), "homelessness"));
		RegisterService local = registered(french(organization, "Halte-accueil Capybara", "Accueil de jour",
				AreaLevel.COMMUNE, List.of("21015"), "homelessness"));
		SearchResults results = this.directory
			.search(SearchQuery.of("capybara", new Place(null, "21015", "NORD_EST", 50.86, 4.37)));
		assertThat(results.hits()).extracting(SearchHit::id).startsWith(local.id(), regional.id());
		assertThat(results.hits().get(0).proximity()).isEqualTo(Proximity.COMMUNE);
		assertThat(results.hits().get(1).proximity()).isEqualTo(Proximity.REGION);
		assertThat(results.hits().get(0).distanceKm()).isBetween(0.0, 2.0);
	}

	@Test
	void saysABassinServiceMayServeWhenOnlyTheCommuneIsKnown() {
		RegisterOrganization organization = registered("Asbl Tapir", "21015", 50.867, 4.378);
		RegisterService elsewhere = registered(french(organization, "Permanence sociale Tapir", "Accueil",
				AreaLevel.COMMUNE, List.of("21016"), "social_services"));
		RegisterService bassin = registered(french(organization, "Permanence sociale Tapir", "Accueil",
				AreaLevel.BASSIN, List.of("NORD_EST"), "social_services"));
		SearchResults results = this.directory
			.search(SearchQuery.of("tapir", new Place(null, "21015", null, null, null)));
		assertThat(results.hits()).extracting(SearchHit::id).startsWith(bassin.id(), elsewhere.id());
		assertThat(results.hits()).extracting(SearchHit::proximity)
			.startsWith(Proximity.UNDETERMINED, Proximity.ELSEWHERE);
	}

	@Test
	void breaksTiesByDistance() {
		RegisterOrganization near = registered("Asbl Okapi Nord", "21015", 50.867, 4.378);
		RegisterOrganization far = registered("Asbl Okapi Sud", "21016", 50.801, 4.337);
		RegisterService farService = registered(
				french(far, "Épicerie sociale Okapi", "Colis", AreaLevel.REGION, List.of(), "social_services"));
		RegisterService nearService = registered(
				french(near, "Épicerie sociale Okapi", "Colis", AreaLevel.REGION, List.of(), "social_services"));
		SearchResults results = this.directory
			.search(SearchQuery.of("okapi", new Place(null, null, null, 50.866, 4.377)));
		assertThat(results.hits()).extracting(SearchHit::id).startsWith(nearService.id(), farService.id());
	}

	@Test
	void pagesWithTotalsAndCountsPerTheme() {
		SearchQuery first = new SearchQuery(null, "home_care", null, false, null, Place.NOWHERE, null, null, 0, 10);
		SearchResults page = this.directory.search(first);
		assertThat(page.total()).isGreaterThan(10);
		assertThat(page.hits()).hasSize(10);
		assertThat(page.hasNext()).isTrue();
		assertThat(page.themes()).anySatisfy((facet) -> {
			assertThat(facet.code()).isEqualTo("home_care");
			assertThat(facet.count()).isEqualTo(page.total());
		});
		SearchResults second = this.directory
			.search(new SearchQuery(null, "home_care", null, false, null, Place.NOWHERE, null, null, 1, 10));
		assertThat(second.hits()).extracting(SearchHit::id)
			.doesNotContainAnyElementsOf(page.hits().stream().map(SearchHit::id).toList());
	}

	@Test
	void countsTheHitsOfAWordPerThemeAsTheThemeFilterFindsThem() {
		for (String text : List.of("aide", "soins", "gezinszorg")) {
			SearchResults all = this.directory.search(SearchQuery.of(text, Place.NOWHERE));
			assertThat(all.themeCountsCapped()).isFalse();
			assertThat(all.themes()).as(text).hasSizeGreaterThan(1);
			for (ThemeFacet facet : all.themes()) {
				SearchResults filtered = this.directory
					.search(new SearchQuery(text, facet.code(), null, false, null, Place.NOWHERE, null, null, 0, 10));
				assertThat(facet.count()).as(text + " in " + facet.code()).isEqualTo(filtered.total()).isPositive();
			}
			long withTheme = all.themes().stream().mapToLong(ThemeFacet::count).max().orElseThrow();
			assertThat(withTheme).isLessThanOrEqualTo(all.total());
		}
	}

	@Test
	void filtersByLanguageCostAndKind() {
		SearchResults dutch = this.directory
			.search(new SearchQuery(null, null, "nl", true, ServiceKind.SERVICE, Place.NOWHERE, null, null, 0, 100));
		assertThat(dutch.hits()).isNotEmpty().allSatisfy((hit) -> {
			assertThat(hit.languages()).contains("nl");
			assertThat(hit.cost().accessible()).isTrue();
			assertThat(hit.kind()).isEqualTo(ServiceKind.SERVICE);
		});
		SearchResults directories = this.directory
			.search(new SearchQuery(null, null, null, false, ServiceKind.DIRECTORY, Place.NOWHERE, null, null, 0, 10));
		assertThat(directories.hits()).extracting((hit) -> hit.name().fr())
			.contains("Répertoire des répertoires social-santé");
	}

	@Test
	void readsApostrophesAndDashesAsWordSeparators() {
		RegisterOrganization organization = registered("Asbl Quokka", "21015", 50.867, 4.378);
		RegisterService service = registered(french(organization, "Aide familiale Quokka",
				"Aides familiales pour les familles", AreaLevel.REGION, List.of(), "family_help"));
		SearchResults results = this.directory.search(SearchQuery.of("l'aide-familiale quokka", Place.NOWHERE));
		assertThat(results.approximate()).isFalse();
		assertThat(results.hits()).first().extracting(SearchHit::id).isEqualTo(service.id());
		assertThat(this.directory.search(SearchQuery.of("\"de la\" -", Place.NOWHERE)).total()).isZero();
	}

	@Test
	void distanceFollowsAPlaceThatMoves() {
		RegisterOrganization organization = registered("Asbl Wallaby", "21015", 50.867, 4.378);
		RegisterService service = registered(french(organization, "Épicerie sociale Wallaby", "Colis", AreaLevel.REGION,
				List.of(), "social_services"));
		Place person = new Place(null, null, null, 50.867, 4.378);
		assertThat(this.directory.search(SearchQuery.of("wallaby", person)).hits().get(0).distanceKm()).isLessThan(0.1);
		this.jdbc.sql("update location set latitude = 50.80, longitude = 4.34 where organization_id = :id")
			.param("id", organization.id())
			.update();
		SearchHit moved = this.directory.search(SearchQuery.of("wallaby", person)).hits().get(0);
		assertThat(moved.id()).isEqualTo(service.id());
		assertThat(moved.distanceKm()).isBetween(7.5, 8.5);
	}

}
