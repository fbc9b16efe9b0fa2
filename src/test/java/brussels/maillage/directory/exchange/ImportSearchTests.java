package brussels.maillage.directory.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.ThemeFacet;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The imported services must be searchable exactly as if they had been registered through
 * the directory (the search engine reads them from the change log).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportSearchTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	DirectoryExport export;

	@Autowired
	HsdsImport hsds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void importedServicesAreSearchedAsIfTheyHadBeenRegisteredHere() throws IOException {
		Fixture fixture = fixture();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(ExportFormat.HSDS, "fr", fixture.services(), out);
		Map<String, byte[]> files = HsdsImport.unzip(out.toByteArray());
		this.jdbc.sql("delete from service where id in (:ids)").param("ids", fixture.services()).update();
		this.jdbc.sql("delete from location where organization_id in (:ids)")
			.param("ids", fixture.organizations())
			.update();
		this.jdbc.sql("delete from organization where id in (:ids)").param("ids", fixture.organizations()).update();

		ImportReport report = this.hsds.importPackage(files,
				new ImportOptions("fr", false, "search-" + UUID.randomUUID(), false));
		assertThat(report.errors()).isEmpty();
		assertThat(report.added()).isEqualTo(2);

		UUID travelling = fixture.services().get(0);
		UUID settled = fixture.services().get(1);
		// A French word stem (singular of the plural name), a Dutch word, a typo
		// corrected by the names' words.
		// Words are ORed (issue 17): the service named by both words comes first.
		assertThat(ids(search("hirondelle voyageuse", null, Place.NOWHERE))).startsWith(travelling);
		assertThat(ids(search("kwartelkoning", null, Place.NOWHERE))).startsWith(travelling).doesNotContain(settled);
		SearchResults typo = search("kwartelkonning", null, Place.NOWHERE);
		assertThat(typo.corrected()).isEqualTo("kwartelkoning");
		assertThat(ids(typo)).startsWith(travelling).doesNotContain(settled);
		// Themes: the sub-theme's parent too, and the counts per theme.
		assertThat(ids(search("hirondelles", "home_care", Place.NOWHERE))).contains(travelling).doesNotContain(settled);
		assertThat(ids(search("hirondelles", "orientation", Place.NOWHERE))).contains(settled)
			.doesNotContain(travelling);
		assertThat(search("hirondelles", null, Place.NOWHERE).themes()).extracting(ThemeFacet::code)
			.contains("home_care", "orientation");
		// Places: of the two, the closer first, with its distance.
		SearchResults north = search("hirondelles", null, new Place(null, "21015", null, 50.867, 4.378));
		assertThat(ids(north)).contains(travelling, settled);
		assertThat(ids(north).indexOf(travelling)).isLessThan(ids(north).indexOf(settled));
		assertThat(hit(north, travelling).distanceKm()).isLessThan(1.0);
		assertThat(hit(north, settled).distanceKm()).isGreaterThan(5.0);
		SearchResults south = search("hirondelles", null, new Place(null, "21016", null, 50.802, 4.335));
		assertThat(ids(south).indexOf(settled)).isLessThan(ids(south).indexOf(travelling));
		assertThat(hit(south, settled).distanceKm()).isLessThan(1.0);
	}

	private SearchResults search(String text, String theme, Place place) {
		return this.directory
			.search(new SearchQuery(text, theme, "fr", false, null, place, null, null, 0, 20, null, null));
	}

	private static SearchHit hit(SearchResults results, UUID id) {
		return results.hits().stream().filter((hit) -> hit.id().equals(id)).findFirst().orElseThrow();
	}

	private static List<UUID> ids(SearchResults results) {
		return results.hits().stream().map(SearchHit::id).toList();
	}

	private Fixture fixture() {
		UUID north = UUID.randomUUID();
		UUID south = UUID.randomUUID();
		RegisterOrganization nomads = new RegisterOrganization(UUID.randomUUID(), "Hirondelles asbl",
				LocalizedText.of("Une association", "Een vereniging", null), null, null,
				List.of(new ServiceLocation(north, "Antenne nord", "Rue Josaphat 10", "1030", "Schaerbeek", "21015",
						50.867, 4.378, false)));
		RegisterOrganization settlers = new RegisterOrganization(UUID.randomUUID(), "Sédentaires asbl",
				LocalizedText.of("Une autre association", null, null), null, null, List.of(new ServiceLocation(south,
						"Antenne sud", "Chaussée d'Alsemberg 800", "1180", "Uccle", "21016", 50.802, 4.335, false)));
		this.directory.register(nomads);
		this.directory.register(settlers);
		RegisterService travelling = new RegisterService(UUID.randomUUID(), nomads.id(),
				LocalizedText.of("Hirondelles voyageuses", "Kwartelkoning begeleiding", null),
				LocalizedText.of("Accompagnement des familles qui voyagent.", "Begeleiding van reizende gezinnen.",
						null),
				null, null, LocalizedText.of("Familles itinérantes", null, null), ServiceStatus.ACTIVE,
				ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr", "nl"), List.of("families"),
				AreaLevel.REGION, List.of(), List.of(north), List.of("02 123 45 67"),
				List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
				List.of("home_nursing"), null, null);
		RegisterService settled = new RegisterService(UUID.randomUUID(), settlers.id(),
				LocalizedText.of("Hirondelles sédentaires", null, null),
				LocalizedText.of("Information et orientation.", null, null), null, null, null, ServiceStatus.ACTIVE,
				ServiceKind.ORIENTATION_LINE, null, null, null, null, Cost.FREE, List.of("fr"), List.of(),
				AreaLevel.REGION, List.of(), List.of(south), List.of("0800 12 346"), List.of(), List.of("orientation"),
				null, null);
		this.directory.register(travelling, "test");
		this.directory.register(settled, "test");
		return new Fixture(List.of(nomads.id(), settlers.id()), List.of(travelling.id(), settled.id()));
	}

	record Fixture(List<UUID> organizations, List<UUID> services) {
	}

}
