package brussels.maillage.directory.taxonomy;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.forms.Refused;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static brussels.maillage.directory.DirectoryFixtures.organization;
import static brussels.maillage.directory.DirectoryFixtures.service;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An editor gives a synonym group a broader concept over real HTTP: the next search for
 * the group's terms finds the broader concept's services; a term of no group, of the
 * group itself, or one that would make a group broader than itself is refused with a
 * message next to the field; removing the relation takes it out of the search.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BroaderConceptsWebTests {

	static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	TaxonomyService taxonomy;

	@Autowired
	JdbcClient jdbc;

	private RegisterOrganization organization;

	private RegisterService service;

	@AfterEach
	void removeTheFixture() {
		// The database is shared with the other tests.
		this.jdbc.sql("delete from search_synonym where created_by = 'broader@test'").update();
		if (this.service != null) {
			this.jdbc.sql("delete from service where id = ?").param(this.service.id()).update();
			this.jdbc.sql("delete from location where organization_id = ?").param(this.organization.id()).update();
			this.jdbc.sql("delete from organization where id = ?").param(this.organization.id()).update();
		}
	}

	@Test
	void aBroaderConceptAddedByAnEditorIsUsedByTheNextSearchAndACycleIsRefused() {
		this.organization = organization("Maillage test : concept plus large", "21004", 50.845, 4.357);
		this.directory.register(this.organization);
		this.service = service(this.organization, LocalizedText.of("Accueil zzlargeconcept", null, null),
				LocalizedText.of("Un service décrit avec le seul terme large.", null, null), AreaLevel.REGION,
				List.of(), List.of());
		this.directory.register(this.service, "test");
		long broad = this.taxonomy.addSynonyms(List.of("zzlargeconcept", "zzruimbegrip"), "broader@test");
		long narrow = this.taxonomy.addSynonyms(List.of("zzprecis", "zzspecifiek"), "broader@test");
		assertThat(found("zzprecis")).doesNotContain(this.service.id());

		WebSession session = new WebSession(this.port);
		session.login("nord@demo.maillage.brussels", PASSWORD);
		String page = "/staff/repertoire/synonyms/" + narrow;
		assertThat(session.get(page).body()).contains("Concepts plus larges").contains("pas de concept plus large");
		assertThat(session.post(page + "/broader", Map.of("term", "")).body())
			.contains("Indiquez un terme du groupe plus large");
		assertThat(session.post(page + "/broader", Map.of("term", "zzinconnu")).body())
			.contains("Aucun groupe ne contient « zzinconnu »")
			.contains("aria-invalid=\"true\"");
		assertThat(session.post(page + "/broader", Map.of("term", "ZZSpecifiek")).body())
			.contains("« zzspecifiek » est un terme de ce groupe-ci");

		assertThat(session.post(page + "/broader", Map.of("term", "ZZRuimbegrip")).statusCode()).isEqualTo(302);
		assertThat(session.get(page).body()).contains("zzlargeconcept = zzruimbegrip");
		assertThat(found("zzprecis")).containsExactly(this.service.id());
		assertThat(found("zzlargeconcept")).containsExactly(this.service.id());
		assertThat(session.post(page + "/broader", Map.of("term", "zzlargeconcept")).body())
			.contains("est déjà un concept plus large de ce groupe");

		// The other way round would make each group broader than itself.
		String broadPage = "/staff/repertoire/synonyms/" + broad;
		assertThat(session.get(broadPage).body()).contains("zzprecis = zzspecifiek");
		assertThat(session.post(broadPage + "/broader", Map.of("term", "zzprecis")).body())
			.contains("Le groupe de « zzprecis » est déjà plus précis que ce groupe");
		assertThat(this.taxonomy.synonymGroup(broad).orElseThrow().broader()).isEmpty();

		assertThat(session.post(page + "/broader/" + broad + "/delete", Map.of()).statusCode()).isEqualTo(302);
		assertThat(this.taxonomy.synonymGroup(narrow).orElseThrow().broader()).isEmpty();
		assertThat(found("zzprecis")).doesNotContain(this.service.id());
	}

	@Test
	void theServiceRefusesACycleOfSeveralSteps() {
		long a = this.taxonomy.addSynonyms(List.of("zzcyclea", "zzcycleaa"), "broader@test");
		long b = this.taxonomy.addSynonyms(List.of("zzcycleb", "zzcyclebb"), "broader@test");
		long c = this.taxonomy.addSynonyms(List.of("zzcyclec", "zzcyclecc"), "broader@test");
		this.taxonomy.addBroader(a, "zzcycleb", "broader@test");
		this.taxonomy.addBroader(b, "zzcyclec", "broader@test");
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> this.taxonomy.addBroader(c, "zzcyclea", "broader@test"))
			.isInstanceOf(Refused.class)
			.extracting((refused) -> ((Refused) refused).messageKey())
			.isEqualTo("directory.synonyms.broader.cycle");
		assertThat(this.taxonomy.synonymGroup(c).orElseThrow().broader()).isEmpty();
	}

	private List<UUID> found(String text) {
		return this.directory
			.search(new SearchQuery(text, null, null, false, null, Place.NOWHERE, this.organization.id(), null, 0, 100))
			.hits()
			.stream()
			.map(SearchHit::id)
			.toList();
	}

}
