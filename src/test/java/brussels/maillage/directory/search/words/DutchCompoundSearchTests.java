package brussels.maillage.directory.search.words;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static brussels.maillage.directory.DirectoryFixtures.organization;
import static brussels.maillage.directory.DirectoryFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Dutch compound typed whole that no service writes whole ("drughulplijn",
 * "thuisverplegingsdienst", "gezinshulpdienst") is read as its parts, as if typed apart,
 * while a word the directory knows is never split (issue 17). The services are a small
 * fixture of one organisation, written as Brussels Dutch services describe themselves;
 * each search is limited to it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DutchCompoundSearchTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	private RegisterOrganization organization;

	private final List<UUID> services = new ArrayList<>();

	private UUID drugLine;

	private UUID homeNursing;

	private UUID familyHelp;

	@BeforeAll
	void registerTheServices() {
		this.organization = organization("Maillage test : samengestelde woorden", "21004", 50.845, 4.357);
		this.directory.register(this.organization);
		this.drugLine = dutch("De Drugs Hulplijn",
				"Anonieme telefonische hulplijn voor vragen over drugs, alcohol en gokken: luisteren en doorverwijzen.");
		this.homeNursing = dutch("Thuisverpleging Zenne",
				"Verpleegkundigen komen aan huis: wondzorg, inspuitingen en hygiënische zorg, 7 dagen op 7.");
		this.familyHelp = dutch("Gezinszorg Brussel",
				"Dienst voor gezinshulp: verzorgenden helpen gezinnen en ouderen thuis met de dagelijkse taken en de "
						+ "persoonlijke hulp.");
		dutch("Sociaal Huis Noord", "Onthaal, administratieve vragen en sociale begeleiding voor buurtbewoners.");
	}

	@AfterAll
	void withdrawTheServices() {
		// The database is shared with the other tests (and the judged sets).
		UUID[] ids = this.services.toArray(UUID[]::new);
		this.jdbc.sql("delete from service where id = any(?)").param(ids).update();
		this.jdbc.sql("delete from location where organization_id = ?").param(this.organization.id()).update();
		this.jdbc.sql("delete from organization where id = ?").param(this.organization.id()).update();
	}

	@Test
	void aCompoundNoServiceWritesIsReadAsItsParts() {
		assertThat(found("drughulplijn")).first().isEqualTo(this.drugLine);
		assertThat(found("thuisverplegingsdienst")).first().isEqualTo(this.homeNursing);
		assertThat(found("gezinshulpdienst")).first().isEqualTo(this.familyHelp);
	}

	@Test
	void aCompoundFindsTheServicesHoldingAllItsParts() {
		assertThat(found("drughulplijn")).containsExactly(this.drugLine);
	}

	@Test
	void aKnownWordIsNeverSplit() throws IOException {
		assertThat(Analysis.terms(Analysis.exact(), "x", "thuisverpleging")).containsExactly("thuisverpleging");
		assertThat(DutchCompounds.parts("thuisverpleging", (word) -> true)).isEmpty();
		assertThat(found("thuisverpleging")).containsExactly(this.homeNursing);
	}

	@Test
	void theSplitTakesTheFewestKnownPartsAndTheLinkingS() throws IOException {
		Set<String> known = Set.of("drug", "hulp", "lijn", "hulplijn", "thuisverpleging", "dienst", "gezin");
		DutchCompounds.Known vocabulary = known::contains;
		assertThat(DutchCompounds.parts("drughulplijn", vocabulary)).containsExactly("drug", "hulplijn");
		assertThat(DutchCompounds.parts("thuisverplegingsdienst", vocabulary)).containsExactly("thuisverpleging",
				"dienst");
		assertThat(DutchCompounds.parts("gezinshulpdienst", vocabulary)).containsExactly("gezin", "hulp", "dienst");
		// Not every part known, or no part a part of Dutch compounds: not split.
		assertThat(DutchCompounds.parts("drugxyzlijn", vocabulary)).isEmpty();
	}

	private UUID dutch(String name, String description) {
		RegisterService service = service(this.organization, LocalizedText.of(null, name, null),
				LocalizedText.of(null, description, null), AreaLevel.REGION, List.of(), List.of());
		this.directory.register(service, "test");
		this.services.add(service.id());
		return service.id();
	}

	private SearchQuery query(String text) {
		return new SearchQuery(text, null, null, false, null, Place.NOWHERE, this.organization.id(), null, 0, 100);
	}

	/** The fixture's services found by a search, best first. */
	private List<UUID> found(String text) {
		return this.directory.search(query(text)).hits().stream().map(SearchHit::id).toList();
	}

}
