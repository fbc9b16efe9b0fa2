package brussels.maillage.palliative.conventions;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A convention's referents (the nursing home's referent persons for palliative care) are
 * shown and edited on the convention's page by the team: added, changed, removed, each
 * change in the audit log; bad input is explained next to its field and what was typed
 * stays; nobody outside the team reaches them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConventionReferentTests {

	static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	ConventionService conventions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theTeamAddsChangesAndRemovesReferentsOfAConventionAndEachChangeIsAudited() {
		// a convention of its own, prepared in 2019 with a home that already has one, so
		// that no test's count of homes without a convention changes
		Convention existing = this.conventions.all().getLast();
		long id = this.conventions.identify(existing.organizationId(), "MR", "2019-R", LocalDate.of(2019, 3, 4), null);
		String page = "/staff/palliative/conventions/" + id;

		WebSession team = new WebSession(this.port);
		team.login("palliatif@demo.maillage.brussels", PASSWORD);
		assertThat(team.get(page).body()).contains("id=\"no-referents\"");

		HttpResponse<String> bad = team.post(page + "/referents",
				Map.of("name", "Sophie Lambert", "function", " ", "email", "sophie.lambert@", "phone", "abc"));
		assertThat(bad.statusCode()).isEqualTo(200);
		assertThat(bad.body()).contains("id=\"function-error\"")
			.contains("Ce champ est obligatoire.")
			.contains("id=\"email-error\"")
			.contains("Saisissez une adresse e-mail valide")
			.contains("id=\"phone-error\"")
			.contains("Entrez un numéro de téléphone")
			.contains("value=\"Sophie Lambert\"")
			.contains("value=\"sophie.lambert@\"");
		team.language("nl");
		team.get(page);
		HttpResponse<String> dutch = team.post(page + "/referents",
				Map.of("name", "Sophie Lambert", "function", "", "email", "", "phone", ""));
		assertThat(dutch.body()).contains("id=\"function-error\"")
			.contains("Dit veld is verplicht.")
			.doesNotContain("id=\"email-error\"");
		team.language("fr");

		team.get(page);
		assertThat(team
			.post(page + "/referents", Map.of("name", "Sophie Lambert", "function", "Infirmière en chef", "email",
					"sophie.lambert@mr-exemple.be", "phone", ""))
			.statusCode()).isEqualTo(302);
		team.get(page);
		assertThat(team
			.post(page + "/referents", Map.of("name", "Dr Marc Dufour", "function", "Médecin coordinateur", "email", "",
					"phone", "02 345 67 89"))
			.statusCode()).isEqualTo(302);
		String shown = team.get(page).body();
		assertThat(shown)
			.contains("Sophie Lambert", "Infirmière en chef", "mailto:sophie.lambert@mr-exemple.be", "Dr Marc Dufour",
					"Médecin coordinateur", "02 345 67 89")
			.doesNotContain("id=\"no-referents\"");

		List<Long> referents = this.jdbc
			.sql("select id from palliative_convention_referent where convention_id = ? order by name")
			.param(id)
			.query(Long.class)
			.list();
		assertThat(referents).hasSize(2);
		// "Dr Marc Dufour" comes before "Sophie Lambert"
		String marc = page + "/referents/" + referents.get(0);
		String sophie = page + "/referents/" + referents.get(1);
		assertThat(shown).contains("href=\"" + sophie + "\"");
		assertThat(team.get(sophie).body()).contains("value=\"Infirmière en chef\"");
		HttpResponse<String> blank = team.post(sophie,
				Map.of("name", "", "function", "Infirmière chef", "email", "", "phone", ""));
		assertThat(blank.statusCode()).isEqualTo(200);
		assertThat(blank.body()).contains("id=\"name-error\"").contains("value=\"Infirmière chef\"");
		assertThat(team
			.post(sophie,
					Map.of("name", "Sophie Lambert", "function", "Infirmière cheffe", "email",
							"s.lambert@mr-exemple.be", "phone", "+32 2 345 67 00"))
			.statusCode()).isEqualTo(302);
		team.get(marc);
		assertThat(team.post(marc + "/remove", Map.of()).statusCode()).isEqualTo(302);
		String after = team.get(page).body();
		assertThat(after).contains("Infirmière cheffe", "s.lambert@mr-exemple.be", "+32 2 345 67 00")
			.doesNotContain("Dr Marc Dufour");

		assertThat(this.jdbc.sql("""
				select action from audit_entry where record_type = 'palliative_convention' and record_id = ?
				and action like 'palliative.convention.referent.%' order by id""")
			.param(String.valueOf(id))
			.query(String.class)
			.list()).containsExactly("palliative.convention.referent.added", "palliative.convention.referent.added",
					"palliative.convention.referent.changed", "palliative.convention.referent.removed");

		// a referent is reached through its own convention only
		assertThat(team.get("/staff/palliative/conventions/" + existing.id() + "/referents/" + referents.get(1))
			.statusCode()).isEqualTo(404);

		WebSession outsider = new WebSession(this.port);
		outsider.login("coordination@demo.maillage.brussels", PASSWORD);
		assertThat(outsider.get(sophie).statusCode()).isEqualTo(403);
		outsider.get("/account");
		assertThat(outsider
			.post(page + "/referents", Map.of("name", "Intrus", "function", "Aucune", "email", "", "phone", ""))
			.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.sql("select count(*) from palliative_convention_referent where name = 'Intrus'")
			.query(Long.class)
			.single()).isZero();
	}

}
