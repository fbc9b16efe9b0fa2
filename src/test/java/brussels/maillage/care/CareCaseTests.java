package brussels.maillage.care;

import java.net.http.HttpResponse;
import java.util.Map;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Cases, providers and prestations through the team's pages on real PostgreSQL: random
 * codes, status history, roles that stay visible once ended, the tariff of the day, a
 * prestation entered twice refused (by the service and by the database), and bad input
 * answered next to its field in the reader's language with what was typed kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareCaseTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aCaseHasARandomCodeAHistoryAndRolesThatStayVisibleOnceEnded() {
		WebSession team = CareFixtures.as(this.port, "casemanagement");
		long therapist = CareFixtures.provider(team, "Ergo Test Roles", "OCCUPATIONAL_THERAPIST",
				CareFixtures.IBANS[0]);
		long first = CareFixtures.openCase(team, "SUD", "2017-02-01");
		long second = CareFixtures.openCase(team, "SUD", "2017-02-01");
		String code = code(first);
		assertThat(code).matches("CM-[2-9A-HJ-NP-Z]{6}");
		assertThat(code(second)).isNotEqualTo(code);
		CareFixtures.status(team, first, "ACTIVE", "", "2017-02-03");
		CareFixtures.role(team, first, therapist, "OCCUPATIONAL_THERAPIST", "2017-02-03");
		team.get("/staff/care/cases/" + first);
		long role = this.jdbc.sql("select id from care_case_role where case_id = ?")
			.param(first)
			.query(Long.class)
			.single();
		assertThat(team.post("/staff/care/cases/" + first + "/roles/" + role + "/end", Map.of("endsOn", "2017-05-31"))
			.statusCode()).isEqualTo(302);
		CareFixtures.status(team, first, "CLOSED", "GOALS_REACHED", "2017-06-01");

		String page = team.get("/staff/care/cases/" + first).body();
		assertThat(page).contains(code, "Clôturée", "Objectifs atteints", "Ergo Test Roles", "31 mai 2017");
		assertThat(this.jdbc.sql("select status from care_case_status where case_id = ? order by id")
			.param(first)
			.query(String.class)
			.list()).containsExactly("REFERRED", "ACTIVE", "CLOSED");
		// closing needs its category
		CareFixtures.status(team, second, "ACTIVE", "", "2017-02-02");
		team.get("/staff/care/cases/" + second);
		HttpResponse<String> refused = team.post("/staff/care/cases/" + second + "/status",
				Map.of("status", "CLOSED", "closure", "", "changedOn", "2017-03-01"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("Choisissez le motif de clôture.");
		// closed, so that it counts in no other year's figures
		CareFixtures.status(team, second, "CLOSED", "HANDED_OVER", "2017-03-01");
	}

	@Test
	void aPrestationKeepsTheTariffOfItsDayAndIsRefusedWhenEnteredTwice() {
		WebSession team = CareFixtures.as(this.port, "casemanagement");
		long psychologist = CareFixtures.provider(team, "Psy Test Twice", "PSYCHOLOGIST", CareFixtures.IBANS[1]);
		long careCase = CareFixtures.openCase(team, "NORD", "2016-03-01");
		CareFixtures.status(team, careCase, "ACTIVE", "", "2016-03-02");
		CareFixtures.role(team, careCase, psychologist, "PSYCHOLOGIST", "2016-03-02");

		HttpResponse<String> first = CareFixtures.prestation(team, careCase, psychologist, "PSYCHOLOGY", "2016-03-10",
				"2");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(302);
		// the tariff of psychology on that day is 45.00 (migration V78), 2 units: 90.00
		assertThat(
				this.jdbc.sql("select tariff || ' ' || amount || ' ' || status from care_prestation where case_id = ?")
					.param(careCase)
					.query(String.class)
					.single())
			.isEqualTo("45.00 90.00 RECORDED");

		HttpResponse<String> twice = CareFixtures.prestation(team, careCase, psychologist, "PSYCHOLOGY", "2016-03-10",
				"1");
		assertThat(twice.statusCode()).isEqualTo(200);
		assertThat(twice.body()).contains("id=\"performedOn-error\"")
			.contains("Cette prestation est déjà enregistrée")
			.contains("value=\"2016-03-10\"")
			.contains("value=\"1\"");
		assertThat(count(careCase)).isEqualTo(1);

		// the database refuses it too, whoever writes it
		assertThatThrownBy(() -> this.jdbc
			.sql("""
					insert into care_prestation (case_id, provider_id, service_type, performed_on, units, tariff, amount, status)
					values (?, ?, 'PSYCHOLOGY', '2016-03-10', 1, 45.00, 45.00, 'RECORDED')""")
			.params(careCase, psychologist)
			.update()).isInstanceOf(DuplicateKeyException.class);

		// once cancelled, it may be entered again
		long id = this.jdbc.sql("select id from care_prestation where case_id = ?")
			.param(careCase)
			.query(Long.class)
			.single();
		team.get("/staff/care/cases/" + careCase + "/prestations");
		assertThat(team.post("/staff/care/prestations/" + id + "/status", Map.of("status", "CANCELLED", "reason", ""))
			.statusCode()).isEqualTo(302);
		assertThat(CareFixtures.prestation(team, careCase, psychologist, "PSYCHOLOGY", "2016-03-10", "1").statusCode())
			.isEqualTo(302);
		assertThat(count(careCase)).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from care_prestation where case_id = ?")
			.param(careCase)
			.query(Long.class)
			.single()).isEqualTo(2);
		CareFixtures.status(team, careCase, "CLOSED", "GOALS_REACHED", "2016-03-31");
	}

	@Test
	void badInputIsAnsweredNextToItsFieldInTheReadersLanguageAndNothingTypedIsLost() {
		WebSession team = CareFixtures.as(this.port, "casemanagement");
		long therapist = CareFixtures.provider(team, "Ergo Test Input", "OCCUPATIONAL_THERAPIST",
				CareFixtures.IBANS[2]);
		long careCase = CareFixtures.openCase(team, "CENTRE_OUEST", "2016-04-01");
		CareFixtures.role(team, careCase, therapist, "OCCUPATIONAL_THERAPIST", "2016-04-01");

		HttpResponse<String> negative = CareFixtures.prestation(team, careCase, therapist, "OCCUPATIONAL_THERAPY",
				"2016-04-12", "-3");
		assertThat(negative.statusCode()).isEqualTo(200);
		assertThat(negative.body()).contains("id=\"units-error\"")
			.contains("Le nombre d&#39;unités ne peut pas être négatif.")
			.contains("value=\"-3\"")
			.contains("value=\"2016-04-12\"");

		team.language("nl");
		HttpResponse<String> negativeNl = CareFixtures.prestation(team, careCase, therapist, "OCCUPATIONAL_THERAPY",
				"2016-04-12", "-3");
		assertThat(negativeNl.body()).contains("Het aantal eenheden mag niet negatief zijn.");

		team.get("/staff/care/providers/new");
		Map<String, String> typed = Map.of("organisation", "", "name", "Marie Typée", "profession", "PSYCHOLOGIST",
				"nihii", "1-23456-78-90", "iban", "BE68 5390 0754 7035", "agreementOn", "2016-01-15", "active", "true");
		HttpResponse<String> provider = team.post("/staff/care/providers", typed);
		assertThat(provider.statusCode()).isEqualTo(200);
		assertThat(provider.body()).contains("id=\"nihii-error\"")
			.contains("Het RIZIV-nummer telt 11 cijfers (u hebt er 10 ingevuld).")
			.contains("id=\"iban-error\"")
			.contains("Dit IBAN is niet geldig: controleer de cijfers")
			.contains("value=\"Marie Typée\"")
			.contains("value=\"1-23456-78-90\"")
			.contains("value=\"BE68 5390 0754 7035\"")
			.contains("value=\"2016-01-15\"");

		team.language("fr");
		team.get("/staff/care/providers/new");
		HttpResponse<String> french = team.post("/staff/care/providers", typed);
		assertThat(french.body()).contains("Le numéro INAMI compte 11 chiffres (vous en avez saisi 10).")
			.contains("Cet IBAN n&#39;est pas valide");
		assertThat(this.jdbc.sql("select count(*) from care_provider where name = 'Marie Typée'")
			.query(Long.class)
			.single()).isZero();

		// the same IBAN with its right check digits, and 11 digits, is registered
		team.get("/staff/care/providers/new");
		Map<String, String> corrected = new java.util.HashMap<>(typed);
		corrected.put("nihii", CareFixtures.newNihii());
		corrected.put("iban", "BE68 5390 0754 7034");
		assertThat(team.post("/staff/care/providers", corrected).statusCode()).isEqualTo(302);
		assertThat(
				this.jdbc.sql("select iban from care_provider where name = 'Marie Typée'").query(String.class).single())
			.isEqualTo("BE68539007547034");
	}

	@Test
	void theIbanIsShownInFullToFinanceOnly() {
		WebSession team = CareFixtures.as(this.port, "casemanagement");
		CareFixtures.provider(team, "Ergo Test Iban", "OCCUPATIONAL_THERAPIST", CareFixtures.IBANS[3]);
		assertThat(team.get("/staff/care/providers").body()).contains("BE22 •••• •••• 4547")
			.doesNotContain("BE22 0682 2334 4547");
		WebSession finance = CareFixtures.as(this.port, "finance");
		assertThat(finance.get("/staff/care/providers").body()).contains("BE22 0682 2334 4547");
	}

	private String code(long id) {
		return this.jdbc.sql("select code from care_case where id = ?").param(id).query(String.class).single();
	}

	private long count(long careCase) {
		return this.jdbc.sql("select count(*) from care_prestation where case_id = ? and status <> 'CANCELLED'")
			.param(careCase)
			.query(Long.class)
			.single();
	}

}
