package brussels.maillage.palliative.conventions;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.palliative.conventions.ConventionService.NursingHome;
import brussels.maillage.palliative.figures.PalliativeFigures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A convention with a nursing home of the directory goes from presented to signed with
 * its PDF, downloadable by the team; the coverage of its bassin changes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PalliativeConventionTests {

	private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n"
		.getBytes(StandardCharsets.US_ASCII);

	@LocalServerPort
	int port;

	@Autowired
	ConventionService conventions;

	@Test
	void aConventionGoesFromPresentedToSignedWithItsPdfAndTheBassinsCoverageChanges() {
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Brussels"));
		int year = today.getYear();
		NursingHome home = this.conventions.nursingHomes()
			.stream()
			.filter((candidate) -> candidate.bassin() != null)
			.filter((candidate) -> this.conventions.all()
				.stream()
				.noneMatch((c) -> c.organizationId().equals(candidate.id())))
			.findFirst()
			.orElseThrow();
		ConventionService.BassinConventions before = this.conventions.figures(year, PalliativeFigures.BASSINS)
			.get(home.bassin());
		assertThat(before.nursingHomes()).isPositive();

		WebSession team = new WebSession(this.port);
		team.login("palliatif@demo.maillage.brussels", ConventionReferentTests.PASSWORD);
		team.get("/staff/palliative/conventions");
		HttpResponse<String> identified = team.post("/staff/palliative/conventions",
				Map.of("organization", home.id().toString(), "institutionKind", "MR_MRS", "templateVersion", "2024-1",
						"identifiedOn", today.minusDays(10).toString()));
		assertThat(identified.statusCode()).as(identified.body()).isEqualTo(302);
		Matcher id = Pattern.compile("/staff/palliative/conventions/(\\d+)")
			.matcher(identified.headers().firstValue("Location").orElseThrow());
		assertThat(id.find()).isTrue();
		String page = "/staff/palliative/conventions/" + id.group(1);

		team.get(page);
		assertThat(team.post(page + "/steps", Map.of("status", "PRESENTED", "stepOn", today.minusDays(5).toString()))
			.statusCode()).isEqualTo(302);
		team.get(page);
		HttpResponse<String> withoutPdf = team.post(page + "/steps",
				Map.of("status", "SIGNED", "stepOn", today.toString(), "signatories", "Dr A. Martin, direction"));
		assertThat(withoutPdf.statusCode()).isEqualTo(200);
		assertThat(withoutPdf.body()).contains("id=\"pdf-error\"")
			.contains("Joignez la convention signée en PDF.")
			.contains("value=\"Dr A. Martin, direction\"");

		team.get(page);
		HttpResponse<String> signed = team.postFile(page + "/steps?status=SIGNED&stepOn=" + today
				+ "&signatories=Dr+A.+Martin&validUntil=" + today.plusYears(3), "pdf", "convention.pdf", PDF);
		assertThat(signed.statusCode()).as(signed.body()).isEqualTo(302);
		String shown = team.get(page).body();
		assertThat(shown).contains("Signée, en vigueur").contains("id=\"pdf-link\"");
		HttpResponse<String> download = team.get(page + "/pdf");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
		assertThat(download.body()).startsWith("%PDF-1.4");

		ConventionService.BassinConventions after = this.conventions.figures(year, PalliativeFigures.BASSINS)
			.get(home.bassin());
		assertThat(after.signedInYear()).isEqualTo(before.signedInYear() + 1);
		assertThat(after.conventionedHomes()).isEqualTo(before.conventionedHomes() + 1);
		assertThat(after.coverage()).isGreaterThan((before.coverage() != null) ? before.coverage() : 0.0);

		// outside the team: 403, also for the PDF
		WebSession outsider = new WebSession(this.port);
		outsider.login("coordination@demo.maillage.brussels", ConventionReferentTests.PASSWORD);
		assertThat(outsider.get(page + "/pdf").statusCode()).isEqualTo(403);
		assertThat(outsider.get("/staff/palliative/conventions").statusCode()).isEqualTo(403);
	}

}
