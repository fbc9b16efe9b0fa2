package brussels.maillage.directory.search;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import brussels.maillage.WebSession;
import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.organizations.OrganizationRepository;
import brussels.maillage.directory.services.DirectoryStore;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page's rows come from the search index (issue 17), so every change of a field shown
 * must reach the index before the next search, on this instance and on another one: an
 * organisation renamed, a place moved, made confidential, added to or taken from a
 * service, a service's status changed or closed, an import rewriting organisations and
 * places. Each expectation is what a person reading the page or the HSDS API would see.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndexedRowsFreshnessTests {

	private static final JsonMapper json = JsonMapper.builder().build();

	private static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	OrganizationRepository organizationRows;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	DirectoryStore store;

	@Autowired
	TerritoryService territory;

	@Autowired
	PlaceResolver places;

	private static ServiceLocation place(String address, String postcode, String city, String nis, double lat,
			double lon) {
		return new ServiceLocation(UUID.randomUUID(), null, address, postcode, city, nis, lat, lon, false);
	}

	/** The services this class registered, closed after each test. */
	private final List<UUID> registered = new ArrayList<>();

	/**
	 * Closes the services of the test: the others share the demo directory, and a service
	 * left with confidential places or none would change what they browse.
	 */
	@AfterEach
	void closeTheServicesOfTheTest() {
		if (!this.registered.isEmpty()) {
			this.jdbc.sql("update service set status = 'closed', last_modified = now() where id = any(?)")
				.param(this.registered.toArray(UUID[]::new))
				.update();
			this.registered.clear();
		}
	}

	/** An organisation with these places, and one service at all of them. */
	private RegisterService registered(String organizationName, String serviceName, ServiceLocation... at) {
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(), organizationName,
				LocalizedText.of("Association de quartier", null, null), null, null, List.of(at));
		this.directory.register(organization);
		RegisterService service = changed(
				brussels.maillage.directory.DirectoryFixtures.french(organization, serviceName,
						"Accueil et écoute des habitants", AreaLevel.REGION, List.of(), "seniors"),
				ServiceStatus.ACTIVE, List.of(at).stream().map(ServiceLocation::id).toList());
		this.directory.register(service, "test");
		this.registered.add(service.id());
		return service;
	}

	/** {@code service} with another status and other places. */
	private static RegisterService changed(RegisterService s, ServiceStatus status, List<UUID> locationIds) {
		return new RegisterService(s.id(), s.organizationId(), s.name(), s.description(), s.applicationProcess(),
				s.feesDescription(), s.eligibility(), status, s.kind(), s.url(), s.email(), s.minimumAge(),
				s.maximumAge(), s.cost(), s.languages(), s.targetGroups(), s.areaLevel(), s.areaCodes(), locationIds,
				s.phones(), s.openingHours(), s.themeCodes(), s.lastVerifiedAt(), s.lastVerifiedBy());
	}

	private static SearchHit only(ServiceSearch search, String text) {
		List<SearchHit> hits = search.search(SearchQuery.of(text, Place.NOWHERE), false).hits();
		assertThat(hits).as(text).hasSize(1);
		return hits.get(0);
	}

	private SearchHit only(String text) {
		List<SearchHit> hits = this.directory.search(SearchQuery.of(text, Place.NOWHERE)).hits();
		assertThat(hits).as(text).hasSize(1);
		return hits.get(0);
	}

	/** An editor, signed in. */
	private WebSession editor() {
		WebSession session = new WebSession(this.port);
		session.login("nord@demo.maillage.brussels", PASSWORD);
		return session;
	}

	/** An editor renames an organisation in its form. */
	private void renameOrganisation(UUID organizationId, String name) {
		WebSession session = editor();
		String path = "/staff/repertoire/organizations/" + organizationId;
		session.get(path);
		HttpResponse<String> saved = session.post(path, Map.of("name", name, "descriptionFr", "Association de quartier",
				"descriptionNl", "", "descriptionEn", "", "email", "", "website", "", "internalNote", ""));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
	}

	/** An editor changes a place in its form. */
	private void savePlace(UUID organizationId, UUID locationId, String address, String postcode, double lat,
			double lon, boolean confidential) {
		WebSession session = editor();
		String path = "/staff/repertoire/organizations/" + organizationId + "/locations/" + locationId;
		session.get(path);
		List<Map.Entry<String, String>> fields = new ArrayList<>(
				List.of(Map.entry("name", ""), Map.entry("address", address), Map.entry("postcode", postcode),
						Map.entry("latitude", "" + lat), Map.entry("longitude", "" + lon)));
		if (confidential) {
			fields.add(Map.entry("confidential", "true"));
		}
		HttpResponse<String> saved = session.post(path, fields);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
	}

	/** An editor saves a service's form with this status and these places. */
	private void saveService(RegisterService service, ServiceStatus status, List<UUID> locationIds) {
		WebSession session = editor();
		String path = "/staff/repertoire/services/" + service.id() + "/edit";
		session.get(path);
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		locationIds.forEach((id) -> fields.add(Map.entry("locationIds", id.toString())));
		fields.add(Map.entry("nameFr", service.name().fr()));
		fields.add(Map.entry("nameNl", ""));
		fields.add(Map.entry("nameEn", ""));
		fields.add(Map.entry("descriptionFr", service.description().fr()));
		fields.add(Map.entry("status", status.name()));
		fields.add(Map.entry("kind", "SERVICE"));
		fields.add(Map.entry("cost", "FREE"));
		fields.add(Map.entry("languages", "fr"));
		fields.add(Map.entry("targetGroups", "adults"));
		fields.add(Map.entry("areaLevel", "REGION"));
		fields.add(Map.entry("phones", "02 123 45 67"));
		fields.add(Map.entry("email", ""));
		fields.add(Map.entry("url", ""));
		fields.add(Map.entry("internalNote", ""));
		HttpResponse<String> saved = session.post(path, fields);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
	}

	/** Another instance on the same database, with its own index. */
	private ServiceSearch secondInstance() {
		return new ServiceSearch(this.dataSource, this.store, this.territory, this.places);
	}

	@Test
	void anOrganisationRenamedByAnEditorIsShownByTheNextSearchOnEveryInstance() {
		RegisterService service = registered("Asbl Quenolde", "Permanence Quenolde",
				place("Rue Josaphat 10", "1030", "Schaerbeek", "21015", 50.867, 4.378));
		ServiceSearch second = secondInstance();
		assertThat(only("quenolde").organization()).isEqualTo("Asbl Quenolde");
		assertThat(only(second, "quenolde").organization()).isEqualTo("Asbl Quenolde");

		renameOrganisation(service.organizationId(), "Maison de quartier Quenolde");

		assertThat(only("quenolde").organization()).isEqualTo("Maison de quartier Quenolde");
		assertThat(only(second, "quenolde").organization()).isEqualTo("Maison de quartier Quenolde");
		assertThat(only(second, "quenolde").organizationId()).isEqualTo(service.organizationId());
		second.close();
	}

	@Test
	void aPlaceMovedByAnEditorOrByAnotherInstanceShowsItsNewAddress() {
		ServiceLocation josaphat = place("Rue Josaphat 10", "1030", "Schaerbeek", "21015", 50.867, 4.378);
		registered("Asbl Brandoval", "Écoute Brandoval", josaphat);
		ServiceSearch second = secondInstance();
		SearchHit before = only("brandoval");
		assertThat(before.address()).isEqualTo("Rue Josaphat 10, 1030 Schaerbeek");
		assertThat(before.latitude()).isEqualTo(50.867);
		assertThat(before.longitude()).isEqualTo(4.378);
		assertThat(only(second, "brandoval").address()).isEqualTo("Rue Josaphat 10, 1030 Schaerbeek");

		UUID organizationId = this.jdbc.sql("select organization_id from location where id = ?")
			.param(josaphat.id())
			.query(UUID.class)
			.single();
		savePlace(organizationId, josaphat.id(), "Avenue Louise 54", "1050", 50.833, 4.366, false);
		SearchHit moved = only("brandoval");
		assertThat(moved.address()).isEqualTo("Avenue Louise 54, 1050 Ixelles");
		assertThat(moved.latitude()).isEqualTo(50.833);
		assertThat(moved.longitude()).isEqualTo(4.366);
		assertThat(only(second, "brandoval").address()).isEqualTo("Avenue Louise 54, 1050 Ixelles");

		// Written as another instance or a script would, without touching the service.
		this.jdbc.sql("update location set address = 'Avenue Louise 56' where id = ?").param(josaphat.id()).update();
		assertThat(only("brandoval").address()).isEqualTo("Avenue Louise 56, 1050 Ixelles");
		assertThat(only(second, "brandoval").address()).isEqualTo("Avenue Louise 56, 1050 Ixelles");
		second.close();
	}

	@Test
	void aPlaceMadeConfidentialIsNeverShownAgain() {
		ServiceLocation bruxelles = place("Rue Haute 3", "1000", "Bruxelles", "21004", 50.840, 4.348);
		ServiceLocation schaerbeek = place("Rue Josaphat 10", "1030", "Schaerbeek", "21015", 50.867, 4.378);
		RegisterService service = registered("Asbl Toscarel", "Abri Toscarel", schaerbeek, bruxelles);
		ServiceSearch second = secondInstance();
		// The first public place by postcode: 1000 before 1030.
		assertThat(only("toscarel").address()).isEqualTo("Rue Haute 3, 1000 Bruxelles");
		assertThat(only(second, "toscarel").address()).isEqualTo("Rue Haute 3, 1000 Bruxelles");

		savePlace(service.organizationId(), bruxelles.id(), "Rue Haute 3", "1000", 50.840, 4.348, true);
		SearchHit hidden = only("toscarel");
		assertThat(hidden.address()).isEqualTo("Rue Josaphat 10, 1030 Schaerbeek");
		assertThat(hidden.latitude()).isEqualTo(50.867);
		assertThat(only(second, "toscarel").address()).isEqualTo("Rue Josaphat 10, 1030 Schaerbeek");

		this.jdbc.sql("update location set confidential = true where id = ?").param(schaerbeek.id()).update();
		for (SearchHit hit : List.of(only("toscarel"), only(second, "toscarel"))) {
			assertThat(hit.address()).isNull();
			assertThat(hit.latitude()).isNull();
			assertThat(hit.longitude()).isNull();
		}
		second.close();
	}

	@Test
	void aPlaceAddedToOrTakenFromAServiceChangesTheAddressShown() {
		ServiceLocation schaerbeek = place("Rue Josaphat 10", "1030", "Schaerbeek", "21015", 50.867, 4.378);
		ServiceLocation uccle = place("Chaussée d'Alsemberg 800", "1180", "Uccle", "21016", 50.802, 4.335);
		RegisterService service = registered("Asbl Pimbrelle", "Repas Pimbrelle", uccle);
		this.jdbc.sql("""
				insert into location (id, organization_id, address, postcode, city, commune_nis, latitude, longitude)
				values (?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(schaerbeek.id(), service.organizationId(), schaerbeek.address(), schaerbeek.postcode(),
					schaerbeek.city(), schaerbeek.communeNis(), schaerbeek.latitude(), schaerbeek.longitude())
			.update();
		assertThat(only("pimbrelle").address()).isEqualTo("Chaussée d'Alsemberg 800, 1180 Uccle");

		saveService(service, ServiceStatus.ACTIVE, List.of(uccle.id(), schaerbeek.id()));
		assertThat(only("pimbrelle").address()).isEqualTo("Rue Josaphat 10, 1030 Schaerbeek");

		saveService(service, ServiceStatus.ACTIVE, List.of());
		assertThat(only("pimbrelle").address()).isNull();
	}

	@Test
	void aStatusChangedByAnEditorIsShownOnThePageAndInTheHsdsApi() {
		RegisterService service = registered("Asbl Corvenac", "Consultation Corvenac",
				place("Rue Josaphat 10", "1030", "Schaerbeek", "21015", 50.867, 4.378));
		assertThat(only("corvenac").status()).isEqualTo(ServiceStatus.ACTIVE);
		assertThat(api("/api/hsds/services?search=corvenac").path("contents").get(0).path("status").asString())
			.isEqualTo("active");

		saveService(service, ServiceStatus.TEMPORARILY_CLOSED, service.locationIds());
		assertThat(only("corvenac").status()).isEqualTo(ServiceStatus.TEMPORARILY_CLOSED);
		JsonNode listed = api("/api/hsds/services?search=corvenac").path("contents").get(0);
		assertThat(listed.path("id").asString()).isEqualTo(service.id().toString());
		assertThat(listed.path("organization_id").asString()).isEqualTo(service.organizationId().toString());
		assertThat(listed.path("name").asString()).isEqualTo("Consultation Corvenac");
		assertThat(listed.path("description").asString()).isEqualTo("Accueil et écoute des habitants");
		assertThat(listed.path("status").asString()).isEqualTo("inactive");

		// Closed: gone from the search, listed as defunct to a client asking what
		// changed.
		saveService(service, ServiceStatus.CLOSED, service.locationIds());
		assertThat(this.directory.search(SearchQuery.of("corvenac", Place.NOWHERE)).hits()).isEmpty();
		JsonNode changed = api("/api/hsds/services?search=corvenac&modified_after=2020-01-01T00:00:00Z")
			.path("contents");
		assertThat(changed).hasSize(1);
		assertThat(changed.get(0).path("status").asString()).isEqualTo("defunct");
	}

	@Test
	void anImportRewritingOrganisationsAndPlacesIsShownByTheNextSearch() {
		ServiceLocation josaphat = place("Rue Josaphat 10", "1030", "Schaerbeek", "21015", 50.867, 4.378);
		RegisterService service = registered("Asbl Merlivane", "Soutien Merlivane", josaphat);
		ServiceSearch second = secondInstance();
		assertThat(only(second, "merlivane").organization()).isEqualTo("Asbl Merlivane");

		// The import's bulk path: staged rows written by the organisations' repository.
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.sql("""
					create temp table x_import_organization (id uuid, name text, description jsonb, email text,
						website text, alternate_name text) on commit drop""").update();
			this.jdbc.sql("""
					create temp table x_import_program (id uuid, organization_id uuid, name text,
						alternate_name text, description text) on commit drop""").update();
			this.jdbc.sql("""
					create temp table x_import_location (id uuid, organization_id uuid, name text, address text,
						postcode text, city text, commune_nis text, latitude double precision,
						longitude double precision) on commit drop""").update();
			this.jdbc.sql("""
					insert into x_import_organization values (?, 'Merlivane Bruxelles asbl',
						'{"fr": "Association de quartier"}', null, null, null)""")
				.param(service.organizationId())
				.update();
			this.jdbc.sql("""
					insert into x_import_location values (?, ?, null, 'Rue de la Loi 16', '1000', 'Bruxelles',
						'21004', 50.846, 4.367)""").params(josaphat.id(), service.organizationId()).update();
			this.organizationRows.writeStaged();
		});

		for (SearchHit hit : List.of(only("merlivane"), only(second, "merlivane"))) {
			assertThat(hit.organization()).isEqualTo("Merlivane Bruxelles asbl");
			assertThat(hit.address()).isEqualTo("Rue de la Loi 16, 1000 Bruxelles");
			assertThat(hit.latitude()).isEqualTo(50.846);
		}
		second.close();
	}

	private JsonNode api(String path) {
		var response = new WebSession(this.port).get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return json.readTree(response.body());
	}

}
