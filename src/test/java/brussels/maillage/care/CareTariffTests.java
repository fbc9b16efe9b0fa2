package brussels.maillage.care;

import java.net.http.HttpResponse;
import java.util.Map;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The tariffs page: the finance team closes a tariff and adds the next one, a prestation
 * takes the tariff valid on its day and keeps it when the tariff changes afterwards, two
 * tariffs of a type never overlap (a message next to the field, and the database refuses
 * it), bad amounts and dates are explained next to their field in the reader's language.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CareTariffTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPrestationTakesTheTariffValidOnItsDayAndOverlappingTariffsAreRefused() {
		WebSession finance = CareFixtures.as(this.port, "finance");
		// case management is 40.00 a unit from 1 January 2015 until further notice
		// (migration V78); in June 2016 only it becomes 42.50
		long open = this.jdbc
			.sql("select id from care_tariff where service_type = 'CASE_MANAGEMENT' and valid_from = '2015-01-01'")
			.query(Long.class)
			.single();
		assertThat(finance.get("/staff/care/tariffs").body()).contains("jusqu&#39;à nouvel ordre");

		HttpResponse<String> overlapping = finance.post("/staff/care/tariffs", Map.of("serviceType", "CASE_MANAGEMENT",
				"validFrom", "2016-06-01", "validTo", "2016-06-30", "amount", "42,50"));
		assertThat(overlapping.statusCode()).isEqualTo(200);
		assertThat(overlapping.body()).contains("id=\"validFrom-error\"")
			.contains("Ces dates chevauchent le tarif valable depuis le 1 janvier 2015 jusqu&#39;à nouvel ordre")
			.contains("value=\"2016-06-30\"")
			.contains("value=\"42,50\"");

		finance.get("/staff/care/tariffs/" + open);
		assertThat(finance
			.post("/staff/care/tariffs/" + open,
					Map.of("validFrom", "2015-01-01", "validTo", "2016-05-31", "amount", "40,00"))
			.statusCode()).isEqualTo(302);
		finance.get("/staff/care/tariffs");
		assertThat(finance
			.post("/staff/care/tariffs",
					Map.of("serviceType", "CASE_MANAGEMENT", "validFrom", "2016-06-01", "validTo", "2016-06-30",
							"amount", "42,50"))
			.statusCode()).isEqualTo(302);
		finance.get("/staff/care/tariffs");
		assertThat(finance
			.post("/staff/care/tariffs",
					Map.of("serviceType", "CASE_MANAGEMENT", "validFrom", "2016-07-01", "validTo", "", "amount", "40"))
			.statusCode()).isEqualTo(302);
		String list = finance.get("/staff/care/tariffs").body();
		assertThat(list).contains("31 mai 2016", "30 juin 2016", "42,50 €");

		WebSession team = CareFixtures.as(this.port, "casemanagement");
		long manager = CareFixtures.provider(team, "Case Manager Tarif", "CASE_MANAGER", CareFixtures.IBANS[5]);
		long careCase = CareFixtures.openCase(team, "SUD_EST", "2016-05-02");
		CareFixtures.role(team, careCase, manager, "CASE_MANAGER", "2016-05-02");
		assertThat(CareFixtures.prestation(team, careCase, manager, "CASE_MANAGEMENT", "2016-05-31", "2").statusCode())
			.isEqualTo(302);
		assertThat(CareFixtures.prestation(team, careCase, manager, "CASE_MANAGEMENT", "2016-06-01", "2").statusCode())
			.isEqualTo(302);
		assertThat(CareFixtures.prestation(team, careCase, manager, "CASE_MANAGEMENT", "2016-07-01", "1").statusCode())
			.isEqualTo(302);

		// a later change of June's tariff leaves the prestation at the tariff it had that
		// day
		long june = this.jdbc
			.sql("select id from care_tariff where service_type = 'CASE_MANAGEMENT' and valid_from = '2016-06-01'")
			.query(Long.class)
			.single();
		finance.get("/staff/care/tariffs/" + june);
		assertThat(finance
			.post("/staff/care/tariffs/" + june,
					Map.of("validFrom", "2016-06-01", "validTo", "2016-06-30", "amount", "43.00"))
			.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				select performed_on || ' ' || tariff || ' ' || amount from care_prestation where case_id = ?
				order by performed_on""").param(careCase).query(String.class).list())
			.containsExactly("2016-05-31 40.00 80.00", "2016-06-01 42.50 85.00", "2016-07-01 40.00 40.00");

		// moving July's tariff into June is refused next to its first day, in Dutch too
		long july = this.jdbc
			.sql("select id from care_tariff where service_type = 'CASE_MANAGEMENT' and valid_from = '2016-07-01'")
			.query(Long.class)
			.single();
		finance.language("nl");
		finance.get("/staff/care/tariffs/" + july);
		HttpResponse<String> moved = finance.post("/staff/care/tariffs/" + july,
				Map.of("validFrom", "2016-06-15", "validTo", "", "amount", "40,00"));
		assertThat(moved.statusCode()).isEqualTo(200);
		assertThat(moved.body()).contains("id=\"validFrom-error\"")
			.contains("Deze data overlappen het tarief dat geldt van 1 juni 2016 tot 30 juni 2016")
			.contains("value=\"2016-06-15\"");
		finance.language("fr");

		// whoever writes, the database refuses an overlap
		assertThatThrownBy(() -> this.jdbc.sql("""
				insert into care_tariff (service_type, valid_from, valid_to, amount)
				values ('CASE_MANAGEMENT', '2016-06-20', '2016-06-21', 50.00)""").update())
			.isInstanceOf(DataIntegrityViolationException.class);

		assertThat(this.jdbc.sql("""
				select action from audit_entry where record_type = 'care_tariff' and record_id in (?, ?, ?)
				order by id""")
			.params(String.valueOf(open), String.valueOf(june), String.valueOf(july))
			.query(String.class)
			.list())
			.containsExactly("care.tariff.changed", "care.tariff.added", "care.tariff.added", "care.tariff.changed");
	}

	@Test
	void badAmountsAndDatesAreAnsweredNextToTheirFieldAndWhatWasTypedStays() {
		WebSession team = CareFixtures.as(this.port, "casemanagement");
		team.get("/staff/care/tariffs");
		HttpResponse<String> negative = team.post("/staff/care/tariffs", Map.of("serviceType", "PSYCHOLOGY",
				"validFrom", "2031-01-01", "validTo", "2030-12-31", "amount", "-3"));
		assertThat(negative.statusCode()).isEqualTo(200);
		assertThat(negative.body()).contains("id=\"amount-error\"")
			.contains("Le montant doit être plus grand que 0.")
			.contains("id=\"validTo-error\"")
			.contains("La fin de validité ne peut pas précéder son début.")
			.contains("value=\"-3\"")
			.contains("value=\"2030-12-31\"");
		HttpResponse<String> cents = team.language("nl")
			.post("/staff/care/tariffs",
					Map.of("serviceType", "", "validFrom", "2031-02-30", "validTo", "", "amount", "45,125"));
		assertThat(cents.body()).contains("id=\"serviceType-error\"")
			.contains("id=\"validFrom-error\"")
			.contains("Het bedrag heeft hoogstens twee decimalen (de centen).")
			.contains("value=\"45,125\"");
		HttpResponse<String> words = team.language("en")
			.post("/staff/care/tariffs",
					Map.of("serviceType", "PSYCHOLOGY", "validFrom", "2031-01-01", "validTo", "", "amount", "forty"));
		assertThat(words.body()).contains("Enter an amount in euros, for example 42.50.");
		assertThat(this.jdbc.sql("select count(*) from care_tariff where valid_from >= '2030-01-01'")
			.query(Long.class)
			.single()).isZero();

		WebSession outsider = CareFixtures.as(this.port, "coordination");
		assertThat(outsider.get("/staff/care/tariffs").statusCode()).isEqualTo(403);
	}

}
