package brussels.maillage.directory.taxonomy;

import java.time.Instant;
import java.util.Map;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryEditingFixtures;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchQuery;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors add and remove synonyms over real HTTP, and the next search uses them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SynonymsWebTests {

	static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	TaxonomyService taxonomy;

	private RegisterService registered(Instant verifiedAt) {
		return DirectoryEditingFixtures.registered(this.directory, verifiedAt);
	}

	private WebSession editor() {
		WebSession session = new WebSession(this.port);
		session.login("nord@demo.maillage.brussels", PASSWORD);
		return session;
	}

	@Test
	void synonymsAddedByAnEditorAreUsedByTheNextSearch() {
		RegisterService service = registered(null);
		assertThat(this.directory.search(SearchQuery.of("zzpermtest", null)).hits())
			.noneMatch((hit) -> hit.id().equals(service.id()));
		WebSession session = editor();
		session.get("/staff/repertoire/synonyms");
		assertThat(session.post("/staff/repertoire/synonyms", Map.of("terms", "zzpermtest")).body())
			.contains("Indiquez au moins deux termes différents");
		assertThat(session.post("/staff/repertoire/synonyms", Map.of("terms", "ZZPermTest, permanence sociale"))
			.statusCode()).isEqualTo(302);
		assertThat(this.directory.search(SearchQuery.of("zzpermtest", null)).hits())
			.anyMatch((hit) -> hit.id().equals(service.id()));
		SynonymGroup group = this.taxonomy.synonyms()
			.stream()
			.filter((candidate) -> candidate.terms().contains("zzpermtest"))
			.findFirst()
			.orElseThrow();
		assertThat(group.createdBy()).isEqualTo("nord@demo.maillage.brussels");
		session.get("/staff/repertoire/synonyms");
		session.post("/staff/repertoire/synonyms/" + group.id() + "/delete", Map.of());
		assertThat(this.directory.search(SearchQuery.of("zzpermtest", null)).hits())
			.noneMatch((hit) -> hit.id().equals(service.id()));
	}

	@Test
	void theSuppliedThesaurusIsNamedInWordsNotByItsCode() {
		WebSession session = editor();
		String french = session.get("/staff/repertoire/synonyms").body();
		assertThat(french).contains("<td>thésaurus fourni avec Maillage</td>").doesNotContain("<td>thesaurus</td>");
		String dutch = session.get("/staff/repertoire/synonyms?lang=nl").body();
		assertThat(dutch).contains("<td>thesaurus meegeleverd met Maillage</td>");
	}

}
