package brussels.maillage.directory.search;

import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A publisher's own classification is evidence of what its services do: a package
 * ({@code src/test/resources/directory-package-terms}, written as a publisher labels its
 * services) classifies "Les Petits Mots" under its term "Logopédie" (under "Soins de
 * première ligne") and "Parenthèse Budget" under "Médiation de dettes" (under
 * "Accompagnement social"); neither service's name nor description holds those words, and
 * no theme of the directory has those labels, so nothing but the package's terms says
 * what they do (issue 17).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PackageTermSearchTests {

	private static final UUID ORGANIZATION = UUID.fromString("0b6a1f60-1d1e-4c43-9a51-000000000001");

	private static final UUID WORDS = UUID.fromString("0b6a1f60-1d1e-4c43-9a51-000000000011");

	private static final UUID BUDGET = UUID.fromString("0b6a1f60-1d1e-4c43-9a51-000000000012");

	private static final UUID WELCOME = UUID.fromString("0b6a1f60-1d1e-4c43-9a51-000000000013");

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	void importThePackage() throws Exception {
		PackageUploads.post(this.port, "directory-package-terms", "package term search test");
		assertThat(this.jdbc.sql("select count(*) from service where organization_id = ?")
			.param(ORGANIZATION)
			.query(Integer.class)
			.single()).isEqualTo(3);
	}

	@Test
	void findsAServiceByTheNameOfThePackagesTermItCarries() {
		assertThat(found("logopédie")).containsExactly(WORDS);
		assertThat(found("médiation de dettes")).containsExactly(BUDGET);
		// Another form of the word, as a person types it.
		assertThat(found("logopede")).containsExactly(WORDS);
	}

	@Test
	void findsItInDutchAndEnglishThroughTheThesaurus() {
		assertThat(found("logopedist")).containsExactly(WORDS);
		assertThat(found("speech therapist")).containsExactly(WORDS);
		assertThat(found("schuldbemiddeling")).containsExactly(BUDGET);
		assertThat(found("debt advice")).containsExactly(BUDGET);
	}

	@Test
	void findsItByTheNameOfItsTermsParent() {
		assertThat(found("accompagnement social")).containsExactlyInAnyOrder(BUDGET, WELCOME);
		assertThat(found("soins de première ligne")).containsExactly(WORDS);
	}

	/** The package's services found by a search, best first. */
	private List<UUID> found(String text) {
		return this.directory
			.search(new SearchQuery(text, null, null, false, null, Place.NOWHERE, ORGANIZATION, null, 0, 100, null,
					null))
			.hits()
			.stream()
			.map(SearchHit::id)
			.toList();
	}

}
