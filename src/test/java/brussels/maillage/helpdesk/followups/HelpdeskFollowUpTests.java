package brussels.maillage.helpdesk.followups;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.WebSession;
import brussels.maillage.helpdesk.HelpdeskFixtures;
import brussels.maillage.helpdesk.HelpdeskService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The follow-ups due: overdue, today and coming, per line and respondent, within the
 * person's territory; marking one done (and the refusal, logged, for another territory).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskFollowUpTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	WebSession staff(String who) {
		WebSession session = new WebSession(this.port);
		assertThat(session.login(who + "@demo.maillage.brussels", HelpdeskFixtures.PASSWORD)).doesNotContain("error");
		return session;
	}

	@Test
	void followUpsDueAreListedPerLineWithinTheTerritoryAndCanBeMarkedDone() {
		String mark = UUID.randomUUID().toString().substring(0, 8);
		LocalDate today = LocalDate.now(HelpdeskService.TIME_ZONE);
		WebSession nord = staff("nord");
		nord.get("/staff/helpdesk/requests/new");
		Map<String, String> first = HelpdeskFixtures.simpleRequest("NORD");
		first.put("receivedAt",
				LocalDateTime.now(HelpdeskService.TIME_ZONE).minusDays(5).truncatedTo(ChronoUnit.MINUTES).toString());
		first.put("status", "WAITING");
		first.put("followUpAction", "Rappeler le médecin " + mark);
		first.put("followUpDue", today.minusDays(2).toString());
		first.put("followUpAction2", "Vérifier la place " + mark);
		first.put("followUpDue2", today.toString());
		long firstId = HelpdeskFixtures.saved(nord.post("/staff/helpdesk/requests", first));
		Map<String, String> second = HelpdeskFixtures.simpleRequest("NORD");
		second.put("followUpAction", "Envoyer le formulaire " + mark);
		second.put("followUpDue", today.plusDays(3).toString());
		HelpdeskFixtures.saved(nord.post("/staff/helpdesk/requests", second));

		String list = nord.get("/staff/helpdesk/follow-ups").body();
		assertThat(section(list, "overdue")).contains("Rappeler le médecin " + mark)
			.doesNotContain("Vérifier la place " + mark);
		assertThat(section(list, "today")).contains("Vérifier la place " + mark);
		assertThat(section(list, "coming")).contains("Envoyer le formulaire " + mark);
		assertThat(nord.get("/staff/helpdesk/follow-ups?respondent=me").body()).contains("Rappeler le médecin " + mark);
		assertThat(nord.get("/staff/helpdesk").body()).contains("id=\"due-counts\"")
			.contains("/staff/helpdesk/follow-ups");

		// another territory sees nothing of them and cannot mark them done
		WebSession sud = staff("sud");
		assertThat(sud.get("/staff/helpdesk/follow-ups").body()).doesNotContain(mark);
		List<Long> ids = this.jdbc.sql("select id from helpdesk_follow_up where request_id = ? order by due_on")
			.param(firstId)
			.query(Long.class)
			.list();
		sud.get("/staff/helpdesk/follow-ups");
		HttpResponse<String> refused = sud.post("/staff/helpdesk/follow-ups/" + ids.get(0) + "/done", Map.of());
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry where action = 'helpdesk.followup.denied'
				and record_id = ?""").param(String.valueOf(firstId)).query(Long.class).single()).isEqualTo(1);
		assertThat(done(ids.get(0))).isFalse();

		// a coordinator sees them, per line
		WebSession coordinator = staff("coordination");
		assertThat(coordinator.get("/staff/helpdesk/follow-ups?line=NORD").body()).contains(mark);
		assertThat(coordinator.get("/staff/helpdesk/follow-ups?line=SUD").body()).doesNotContain(mark);

		// marking one done
		nord.get("/staff/helpdesk/follow-ups");
		HttpResponse<String> marked = nord.post("/staff/helpdesk/follow-ups/" + ids.get(0) + "/done",
				Map.of("back", "/staff/helpdesk/follow-ups?line=NORD"));
		assertThat(marked.statusCode()).isEqualTo(302);
		assertThat(marked.headers().firstValue("Location").orElse("")).contains("/staff/helpdesk/follow-ups?line=NORD");
		assertThat(done(ids.get(0))).isTrue();
		String after = nord.get("/staff/helpdesk/follow-ups").body();
		assertThat(after).doesNotContain("Rappeler le médecin " + mark).contains("Vérifier la place " + mark);
		assertThat(nord.get("/staff/helpdesk/requests/" + firstId).body()).contains("Rappeler le médecin " + mark)
			.contains("id=\"done-" + ids.get(1) + "\"")
			.doesNotContain("id=\"done-" + ids.get(0) + "\"");
		assertThat(this.jdbc.sql("""
				select count(*) from audit_entry where action = 'helpdesk.followup.done'
				and record_id = ?""").param(String.valueOf(firstId)).query(Long.class).single()).isEqualTo(1);
		String dutch = nord.language("nl").get("/staff/helpdesk/follow-ups").body();
		assertThat(dutch).contains("Op te volgen acties").doesNotContain("??");
	}

	private boolean done(long followUp) {
		return this.jdbc.sql("select done from helpdesk_follow_up where id = ?")
			.param(followUp)
			.query(Boolean.class)
			.single();
	}

	private static String section(String page, String id) {
		int start = page.indexOf("id=\"" + id + "\"");
		assertThat(start).as(id).isPositive();
		return page.substring(start, page.indexOf("</section>", start));
	}

}
