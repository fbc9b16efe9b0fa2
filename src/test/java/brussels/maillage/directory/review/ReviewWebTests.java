package brussels.maillage.directory.review;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import brussels.maillage.WebSession;
import brussels.maillage.directory.DirectoryEditingFixtures;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.ServicePhone;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Editors keep the directory true over real HTTP: the review queue of services not
 * verified for a year, and the public's error reports, moderated before any change.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ReviewWebTests {

	static final String PASSWORD = "demo-maillage-2026";

	@LocalServerPort
	int port;

	@Autowired
	DirectoryService directory;

	@Autowired
	ReviewService reviews;

	private RegisterService registered(Instant verifiedAt) {
		return DirectoryEditingFixtures.registered(this.directory, verifiedAt);
	}

	private WebSession editor() {
		WebSession session = new WebSession(this.port);
		session.login("nord@demo.maillage.brussels", PASSWORD);
		return session;
	}

	@Test
	void aServiceNotVerifiedForAYearIsInTheReviewQueueUntilVerified() {
		RegisterService stale = registered(Instant.now().minus(400, ChronoUnit.DAYS));
		RegisterService fresh = registered(Instant.now().minus(10, ChronoUnit.DAYS));
		WebSession session = editor();
		String all = session.get("/staff/repertoire/review?months=12&page=1").body();
		assertThat(this.reviews.reviewQueue(12, null, null, 0, 10_000).items())
			.anyMatch((item) -> item.id().equals(stale.id()))
			.noneMatch((item) -> item.id().equals(fresh.id()));
		assertThat(all).contains("À revérifier");
		assertThat(this.reviews.reviewQueue(12, "SUD", null, 0, 10_000).items())
			.anyMatch((item) -> item.id().equals(stale.id()));
		assertThat(this.reviews.reviewQueue(12, "NORD", null, 0, 10_000).items())
			.noneMatch((item) -> item.id().equals(stale.id()));
		session.get("/staff/repertoire/review");
		HttpResponse<String> verified = session.post("/staff/repertoire/services/" + stale.id() + "/verify?back=review",
				Map.of());
		assertThat(verified.statusCode()).isEqualTo(302);
		assertThat(this.reviews.reviewQueue(12, null, null, 0, 10_000).items())
			.noneMatch((item) -> item.id().equals(stale.id()));
		assertThat(this.directory.service(stale.id()).orElseThrow().lastVerifiedBy())
			.isEqualTo("nord@demo.maillage.brussels");
	}

	@Test
	void aPublicErrorReportLandsInModerationNeverInTheData() {
		RegisterService service = registered(null);
		WebSession visitor = new WebSession(this.port);
		visitor.get("/repertoire/services/" + service.id());
		HttpResponse<String> empty = visitor.post("/repertoire/services/" + service.id() + "/report",
				Map.of("message", " ", "email", "pas une adresse"));
		assertThat(empty.statusCode()).isEqualTo(200);
		assertThat(empty.body()).contains("Décrivez ce qui est inexact.")
			.contains("Indiquez une adresse e-mail valide")
			.contains("value=\"pas une adresse\"");
		HttpResponse<String> sent = visitor.post("/repertoire/services/" + service.id() + "/report",
				Map.of("message", "Le numéro a changé : 02 999 99 99", "email", "voisin@example.org"));
		assertThat(sent.statusCode()).isEqualTo(302);
		assertThat(this.directory.service(service.id()).orElseThrow().phones()).extracting(ServicePhone::number)
			.containsExactly("02 123 45 67");

		WebSession session = editor();
		String queue = session.get("/staff/repertoire/reports").body();
		assertThat(queue).contains("Le numéro a changé : 02 999 99 99").contains("voisin@example.org");
		ServiceReport report = this.reviews.reports("open", 1000)
			.stream()
			.filter((candidate) -> candidate.serviceId().equals(service.id()))
			.findFirst()
			.orElseThrow();
		HttpResponse<String> accepted = session.post("/staff/repertoire/reports/" + report.id() + "/accept", Map.of());
		assertThat(accepted.headers().firstValue("Location").orElseThrow())
			.endsWith("/staff/repertoire/services/" + service.id() + "/edit");
		assertThat(this.reviews.reports("accepted", 1000)).anyMatch((handled) -> handled.id().equals(report.id())
				&& handled.contactEmail() == null && "nord@demo.maillage.brussels".equals(handled.handledBy()));
		assertThat(visitor.get("/staff/repertoire/reports").statusCode()).isNotEqualTo(200);
	}

}
