package brussels.maillage.directory.exchange;

import brussels.maillage.WebSession;
import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.directory.ServicePhone;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;

import java.time.LocalDateTime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/**
 * A package that validates against HSDS 3.1 but was not written by Maillage
 * ({@code src/test/resources/hsds/ribambelle}, written from the specification: 22
 * services, phones of organisations, of a place and of a contact, a virtual and a postal
 * place without address, overnight, monthly and fortnightly hours, an expired schedule,
 * optional tables, and a taxonomy of its own) imports without error (issue 17), keeps its
 * classification through the crosswalk, and the HSDS API filters by its own term ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StandardPackageTests {

	/** The ids the package gives (uuid5 of these names in the package's namespace). */
	private static final UUID NS = UUID.fromString("6f1c2a8e-0000-4000-8000-000000000017");

	@LocalServerPort
	int port;

	@Autowired
	HsdsImport hsds;

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	MessageSource messages;

	private ImportReport report;

	private Map<String, byte[]> files;

	@BeforeAll
	void importThePackage() throws IOException {
		this.files = RibambellePackage.files();
		this.report = RibambellePackage.imported(this.hsds);
	}

	@Test
	void importsEveryServiceWithoutErrorAndSaysWhatItDidNotKeep() {
		assertThat(this.report.errors()).isEmpty();
		assertThat(this.report.written()).isTrue();
		assertThat(this.report.added()).isEqualTo(22);
		assertThat(this.report.warnings()).extracting(ImportReport.Problem::table, ImportReport.Problem::key)
			.contains(tuple("location", "placeWithoutAddress"), tuple("schedule", "hoursNotWeekly"),
					tuple("schedule", "hoursWithoutTimes"), tuple("schedule", "hoursNotKept"),
					tuple("service_area", "areaNotBrussels"), tuple("taxonomy_term", "termNotMapped"),
					tuple("funding", "notKept"), tuple("cost_option", "costOptionsAsText"),
					tuple("accessibility", "notKept"));
		// The postal address is a place without address; the virtual chat is kept as a
		// virtual place, and the contacts are kept (issue 17).
		assertThat(this.report.warnings()).filteredOn((problem) -> "placeWithoutAddress".equals(problem.key()))
			.hasSize(1);
		assertThat(this.report.warnings()).extracting(ImportReport.Problem::table).doesNotContain("contact", "phone");
		// The coordinator's mobile (a phone with only a contact_id) is kept with her.
		assertThat(this.jdbc.sql("""
				select c.name, p.number, p.type from contact_phone p join contact c on c.id = p.contact_id
				where c.email = 'anne@ribambelle.example'""")
			.query((rs, row) -> tuple(rs.getString(1), rs.getString(2), rs.getString(3)))
			.list()).containsExactly(tuple("Anne Exemple", "0470 00 00 01", "cell"));
		// Every warning reads in French and in Dutch, with its values.
		for (ImportReport.Problem warning : this.report.warnings()) {
			String fr = this.messages.getMessage(warning.messageKey(), warning.args().toArray(), Locale.FRENCH);
			String nl = this.messages.getMessage(warning.messageKey(), warning.args().toArray(), Locale.of("nl"));
			assertThat(fr).isNotEqualTo(nl).doesNotContain("{0}").doesNotContain("??");
		}
	}

	@Test
	void keepsOvernightHoursTheOrganisationsPhonesAndTheServicesAtVirtualPlaces() {
		ServiceDetails shelter = service("abri");
		assertThat(shelter.openingHours()).hasSize(7)
			.allSatisfy((hours) -> assertThat(hours.overnight()).isTrue())
			.contains(new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(20, 0), LocalTime.of(8, 0)));
		// The phone of the service at the shelter's place is the service's.
		assertThat(shelter.phones()).extracting(ServicePhone::number).containsExactly("02 511 00 09");
		// A number the CSV quoted twice keeps no quotes.
		assertThat(service("ecoute-tel").phones()).extracting(ServicePhone::number).containsExactly("0800 33 444");
		assertThat(this.jdbc.sql("""
				select number from phone where organization_id in (?, ?, ?) and service_id is null""")
			.params(id("org-ribambelle"), id("org-nuit"), id("org-ecoute"))
			.query(String.class)
			.list()).as("three organisations' phones and the Schaerbeek place's, as its organisation's")
			.containsExactlyInAnyOrder("0800 11 222", "02 215 00 00", "02 511 00 00", "02 511 00 01");
		assertThat(service("ecoute-ligne").locations()).isEmpty();
		assertThat(service("groupe-parole").openingHours()).as("monthly: not weekly hours").isEmpty();
		assertThat(service("colis-schaerbeek").areaLevel()).isEqualTo(AreaLevel.COMMUNE);
		assertThat(service("colis-schaerbeek").areaCodes()).containsExactly("21015");
		assertThat(service("abri").areaLevel()).isEqualTo(AreaLevel.REGION);
		assertThat(service("temporaire").status().name()).isEqualTo("TEMPORARILY_CLOSED");
	}

	@Test
	void theSearchFindsTheNightShelterOpenAfterMidnightAndAtNightButNotAtNoon() {
		UUID shelter = service("abri").id();
		// Sunday 20:00 to Monday 08:00 crosses the end of the week too.
		for (LocalDateTime at : List.of(LocalDateTime.of(2026, 11, 24, 3, 0), LocalDateTime.of(2026, 11, 24, 22, 30),
				LocalDateTime.of(2026, 11, 23, 7, 30))) {
			assertThat(openAt(at)).as("open at %s", at).contains(shelter);
		}
		assertThat(openAt(LocalDateTime.of(2026, 11, 24, 12, 0))).doesNotContain(shelter);
	}

	private List<UUID> openAt(LocalDateTime at) {
		return this.directory
			.search(new SearchQuery("abri de nuit", null, null, false, null, null, null, null, 0, 100, null, at))
			.hits()
			.stream()
			.map(SearchHit::id)
			.toList();
	}

	@Test
	void theServicePageShowsWhatThePackageSaysInTheReadersLanguage() {
		WebSession french = new WebSession(this.port).language("fr");
		String shelter = french.get("/repertoire/services/" + id("svc-abri")).body();
		assertThat(shelter).contains("20:00 – 08:00 (le lendemain)")
			.contains("Téléphone de l&#39;organisation")
			.contains("02 511 00 01");
		String patrol = french.get("/repertoire/services/" + id("svc-maraude")).body();
		assertThat(patrol).contains("Gare du Nord et alentours").doesNotContain("Région bruxelloise");
		String parcels = french.get("/repertoire/services/" + id("svc-colis-marolles")).body();
		assertThat(parcels).contains("mercredi").as("the 2005 schedule is not current").doesNotContain("mardi");
		assertThat(french.get("/repertoire/services/" + id("svc-ecoute-ligne")).body()).contains("ourdou")
			.doesNotContain("??");
		assertThat(
				new WebSession(this.port).language("nl").get("/repertoire/services/" + id("svc-ecoute-ligne")).body())
			.contains("Urdu")
			.contains("Frans")
			.doesNotContain("??");
		assertThat(new WebSession(this.port).language("nl").get("/repertoire/services/" + id("svc-abri")).body())
			.contains("20:00 – 08:00 (de volgende dag)");
	}

	@Test
	void filtersTheApiByThePackagesOwnTermsOnlyTheServicesCarryingThem() throws Exception {
		// attributes.csv: the seven services the package classifies under "Santé
		// mentale" (RB-PSY). "Ribambelle accompagnement assuétudes" carries "Assuétudes"
		// only.
		List<String> psy = List.of("Ribambelle écoute en ligne", "Ribambelle écoute téléphonique de nuit",
				"Ribambelle groupe de parole mensuel", "Ribambelle consultation psychologique Marolles",
				"Ribambelle consultation psychologique Schaerbeek", "Ribambelle écoute des aidants",
				"Ribambelle écoute jeunes");
		// A service of the directory in the theme "Santé mentale" maps to, which the
		// package never classified: not a service of the package's term.
		UUID mentalHealthTheme = this.jdbc.sql("select theme_id from package_term where id = :id")
			.param("id", id("term-sante-mentale"))
			.query(UUID.class)
			.single();
		String themeCode = this.jdbc.sql("select code from taxonomy_term where id = :id")
			.param("id", mentalHealthTheme)
			.query(String.class)
			.single();
		brussels.maillage.directory.RegisterOrganization other = new brussels.maillage.directory.RegisterOrganization(
				UUID.randomUUID(), "Autre asbl", brussels.maillage.system.LocalizedText.of("Une autre", null, null),
				null, null, List.of(new brussels.maillage.directory.ServiceLocation(UUID.randomUUID(), null,
						"Rue Haute 10", "1000", "Bruxelles", "21004", 50.838, 4.348, false)));
		this.directory.register(other);
		this.directory.register(new brussels.maillage.directory.RegisterService(UUID.randomUUID(), other.id(),
				brussels.maillage.system.LocalizedText.of("Ribambelle voisine, santé mentale", null, null),
				brussels.maillage.system.LocalizedText.of("Écoute", null, null), null, null, null,
				brussels.maillage.directory.ServiceStatus.ACTIVE, brussels.maillage.directory.ServiceKind.SERVICE, null,
				null, null, null, brussels.maillage.directory.Cost.FREE, List.of("fr"), List.of("adults"),
				brussels.maillage.directory.AreaLevel.REGION, List.of(), List.of(other.locations().get(0).id()),
				List.of(), List.of(), List.of(themeCode), null, null), "test");
		assertThat(names(id("term-sante-mentale"))).containsExactlyInAnyOrderElementsOf(psy);

		// "Aide alimentaire" matches no theme of the directory: its services are still
		// found by the package's term, before and after an editor maps it on the
		// crosswalk page, and the mapped theme's other services are not.
		UUID food = id("term-alimentaire");
		List<String> foodServices = List.of("Ribambelle colis alimentaires Marolles",
				"Ribambelle colis alimentaires Schaerbeek", "Ribambelle épicerie sociale",
				"Ribambelle restaurant social");
		assertThat(names(food)).containsExactlyInAnyOrderElementsOf(foodServices);
		WebSession staff = new WebSession(this.port).language("fr");
		staff.login("nord@demo.maillage.brussels", "demo-maillage-2026");
		String page = staff.get("/staff/directory/crosswalk").body();
		assertThat(page).contains("Aide alimentaire").contains("Trouvé à l’import : même libellé");
		UUID socialServices = this.jdbc.sql("select id from taxonomy_term where code = 'social_services'")
			.query(UUID.class)
			.single();
		assertThat(staff.post("/staff/directory/crosswalk/" + food, Map.of("theme", socialServices.toString()))
			.statusCode()).isIn(200, 302);
		assertThat(names(food)).containsExactlyInAnyOrderElementsOf(foodServices);

		// Re-importing keeps the editor's choice (the choice changed the services here,
		// so the package's last modification is written back once), then changes
		// nothing.
		ImportReport again = this.hsds.importPackage(this.files,
				new ImportOptions("en", false, "ribambelle-test", false));
		assertThat(again.errors()).isEmpty();
		assertThat(names(food)).contains("Ribambelle colis alimentaires Marolles");
		assertThat(
				this.hsds.importPackage(this.files, new ImportOptions("en", false, "ribambelle-test", false)).changed())
			.isZero();
	}

	@Test
	void theFlatExportAndTheServicePageSayLabelsNotCodesInFrenchAndDutch() throws IOException {
		List<UUID> ids = List.of(id("svc-colis-schaerbeek"), id("svc-psy-schaerbeek"), id("svc-maraude"));
		String fr = flat(ids, "fr");
		assertThat(fr).contains("Actif")
			.contains("Commune : Schaerbeek")
			.contains("arabe")
			.contains("Gare du Nord et alentours")
			.contains("Codes du territoire desservi")
			.contains(",21015,")
			.doesNotContain("directory.");
		assertThat(fr.lines().filter((line) -> line.contains("maraude")).findFirst().orElseThrow())
			.as("the area kept as written, not the region")
			.contains("Gare du Nord et alentours")
			.doesNotContain("Région bruxelloise");
		String nl = flat(ids, "nl");
		assertThat(nl).contains("Actief")
			.contains("Gemeente: Schaarbeek")
			.contains("Arabisch")
			.doesNotContain("directory.");
		assertThat(nl.lines().filter((line) -> line.contains("maraude")).findFirst().orElseThrow())
			.contains("Gare du Nord et alentours")
			.doesNotContain("Brussels Gewest");

		// A demo service whose area is a quartier names it, not its code (the demo's
		// quartiers have no official name: the commune's name and the number).
		Map<String, Object> quartier = this.jdbc.sql("""
				select id, area_codes[1] as code from service
				where area_level = 'QUARTIER' and area_codes[1] ~ '^Q21[0-9]{3}-[0-9]+$' limit 1""")
			.query()
			.singleRow();
		String code = (String) quartier.get("code");
		brussels.maillage.territory.Commune commune = this.territory.communes()
			.stream()
			.filter((candidate) -> candidate.nis().equals(code.substring(1, 6)))
			.findFirst()
			.orElseThrow();
		String number = code.substring(7);
		assertThat(new WebSession(this.port).language("fr").get("/repertoire/services/" + quartier.get("id")).body())
			.contains("<span>" + commune.name().fr() + ", quartier " + number + "</span>")
			.as("the code stays in the JSON-LD for machines, never in the visible text")
			.doesNotContain("<span>" + code);
		assertThat(new WebSession(this.port).language("nl").get("/repertoire/services/" + quartier.get("id")).body())
			.contains("<span>" + commune.name().nl() + ", wijk " + number + "</span>")
			.doesNotContain("<span>" + code);
	}

	@Autowired
	brussels.maillage.territory.TerritoryService territory;

	@Autowired
	DirectoryExport export;

	private String flat(List<UUID> ids, String language) throws IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		this.export.write(ExportFormat.CSV, language, ids, out);
		return out.toString(StandardCharsets.UTF_8);
	}

	private List<String> names(UUID term) throws Exception {
		java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + this.port
					+ "/api/hsds/services?per_page=100&search=Ribambelle&taxonomy_term_id=" + term))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode body = this.json.readTree(response.body());
		List<String> names = new java.util.ArrayList<>();
		body.get("contents").forEach((service) -> names.add(service.get("name").asString()));
		return names;
	}

	private ServiceDetails service(String key) {
		return this.directory.service(id("svc-" + key)).orElseThrow();
	}

	/** The id the package gives to a name: Python's uuid5, which is SHA-1 based. */
	private static UUID id(String name) {
		try {
			java.security.MessageDigest sha1 = java.security.MessageDigest.getInstance("SHA-1");
			java.nio.ByteBuffer namespace = java.nio.ByteBuffer.allocate(16);
			namespace.putLong(NS.getMostSignificantBits()).putLong(NS.getLeastSignificantBits());
			sha1.update(namespace.array());
			sha1.update(name.getBytes(StandardCharsets.UTF_8));
			byte[] hash = sha1.digest();
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
			java.nio.ByteBuffer bytes = java.nio.ByteBuffer.wrap(hash, 0, 16);
			return new UUID(bytes.getLong(), bytes.getLong());
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
