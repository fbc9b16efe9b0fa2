package brussels.maillage.care;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Small fixtures of case management, through the team's pages as a person would fill them
 * in: providers, cases, roles and prestations.
 */
public final class CareFixtures {

	public static final String PASSWORD = "demo-maillage-2026";

	/** Valid Belgian IBANs (check digits computed by hand with ISO 13616 mod 97). */
	public static final String[] IBANS = { "BE41 0630 1234 5610", "BE21 0012 3456 7803", "BE78 3100 9876 5486",
			"BE22 0682 2334 4547", "BE17 0001 1122 2321", "BE60 0003 3344 4570" };

	private static final AtomicLong NIHII = new AtomicLong(90_000_000_000L + (System.nanoTime() % 1_000_000) * 1000);

	private CareFixtures() {
	}

	public static WebSession as(int port, String who) {
		WebSession session = new WebSession(port);
		assertThat(session.login(who + "@demo.maillage.brussels", PASSWORD)).doesNotContain("error");
		return session;
	}

	public static String newNihii() {
		return String.valueOf(NIHII.incrementAndGet());
	}

	public static long provider(WebSession team, String name, String profession, String iban) {
		team.get("/staff/care/providers/new");
		HttpResponse<String> saved = team.post("/staff/care/providers",
				Map.of("organisation", "", "name", name, "profession", profession, "nihii", newNihii(), "iban", iban,
						"agreementOn", "2015-06-01", "active", "true"));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		Matcher id = Pattern.compile("/staff/care/providers/(\\d+)\"[^>]*>" + Pattern.quote(name))
			.matcher(team.get("/staff/care/providers").body());
		assertThat(id.find()).as(name).isTrue();
		return Long.parseLong(id.group(1));
	}

	public static long openCase(WebSession team, String bassin, String referredOn) {
		team.get("/staff/care/cases/new");
		HttpResponse<String> saved = team.post("/staff/care/cases",
				Map.of("programme", "PROTOCOL_3", "bassin", bassin, "referredOn", referredOn));
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		Matcher id = Pattern.compile("/staff/care/cases/(\\d+)")
			.matcher(saved.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		return Long.parseLong(id.group(1));
	}

	public static void status(WebSession team, long caseId, String status, String closure, String on) {
		team.get("/staff/care/cases/" + caseId);
		HttpResponse<String> changed = team.post("/staff/care/cases/" + caseId + "/status",
				Map.of("status", status, "closure", closure, "changedOn", on));
		assertThat(changed.statusCode()).as(changed.body()).isEqualTo(302);
	}

	public static void role(WebSession team, long caseId, long providerId, String role, String from) {
		team.get("/staff/care/cases/" + caseId);
		HttpResponse<String> added = team.post("/staff/care/cases/" + caseId + "/roles",
				Map.of("provider", String.valueOf(providerId), "role", role, "startsOn", from));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
	}

	public static HttpResponse<String> prestation(WebSession team, long caseId, long providerId, String type,
			String day, String units) {
		team.get("/staff/care/cases/" + caseId + "/prestations");
		return team.post("/staff/care/cases/" + caseId + "/prestations", Map.of("provider", String.valueOf(providerId),
				"serviceType", type, "performedOn", day, "units", units));
	}

}
