package brussels.maillage.governance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.Downloads;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.ConsultationTheme;
import brussels.maillage.governance.bodies.MembershipRole;
import brussels.maillage.governance.bodies.MembershipStatus;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.proposals.ProposalOrigin;
import brussels.maillage.governance.proposals.ProposalsService;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exports as Belgian Excel opens them (semicolons, UTF-8 with a byte order mark) and as
 * XLSX: members for staff only, meetings and proposals for everyone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ExportsWebTests {

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	MeetingsService meetings;

	@Autowired
	ProposalsService proposals;

	@Autowired
	Clock clock;

	@Test
	void membersGoToStaffOnlyMeetingsAndProposalsToEveryoneInExcelsBelgianCsvAndXlsx() throws IOException {
		Body council = GovernanceFixtures.council(this.bodies, "Conseil Exports");
		GovernanceFixtures.member(this.bodies, council, "Alice Janssens", "alice@example.be", "GP",
				MembershipRole.CHAIR, MembershipStatus.ACTIVE, LocalDate.of(2026, 1, 1));
		GovernanceFixtures.member(this.bodies, council, "=Bruno; Lemaire", null, "NURSING", MembershipRole.MEMBER,
				MembershipStatus.INVITED, LocalDate.of(2026, 3, 1));
		GovernanceFixtures.heldMeeting(this.meetings, this.clock, council, LocalDate.of(2026, 2, 10), 14);
		this.proposals.submit(ProposalOrigin.CONTINUING_ACTION, null, null, "Permanences d'accès aux droits",
				council.id(), ConsultationTheme.MENTAL_HEALTH, "Poursuivre les permanences en 2027.", null, "test");

		Downloads visitor = new Downloads(this.port, "fr");
		String path = "/staff/governance/bodies/" + council.id() + "/members.csv?year=2026";
		assertThat(visitor.get(path).statusCode()).isEqualTo(302);
		Downloads staff = new Downloads(this.port, "fr").signIn("sud");
		String csv = new String(staff.get(path).body(), StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFAnnée;Personne;Adresse e-mail;Organisation;Catégorie;Rôle;");
		assertThat(csv.lines()).contains(
				"2026;Alice Janssens;alice@example.be;Asbl Alice Janssens;Médecins généralistes;Président·e;"
						+ "Professionnel·le;Actif·ve;01/01/2026;;2025-01",
				// A name starting with = stays text; the semicolon is quoted.
				"2026;\"'=Bruno; Lemaire\";;\"Asbl =Bruno; Lemaire\";Infirmier·es;Membre;Professionnel·le;Invité·e;01/03/2026;;2025-01");

		String meetings = new String(visitor.get("/gouvernance/reunions.csv?year=2026").body(), StandardCharsets.UTF_8);
		assertThat(meetings.lines()).anySatisfy((line) -> assertThat(line).startsWith(council.code() + ";")
			.contains(";10/02/2026;09:30;12:00;", ";Tenue;", ";14;exact;"));
		assertThat(meetings).doesNotContain("Alice");
		HttpResponse<byte[]> xlsx = visitor.get("/gouvernance/propositions.xlsx?year=2026");
		assertThat(xlsx.statusCode()).isEqualTo(200);
		List<List<String>> rows = rows(xlsx.body());
		assertThat(rows.get(0)).startsWith("Code de l'instance", "Conseil", "D'où vient la proposition ?", "Thème");
		assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith(council.code(), council.name().fr(),
				"D'une action qui se poursuit", "Santé mentale", "Poursuivre les permanences en 2027.", "", "Soumise"));
		assertThat(visitor.get("/gouvernance/reunions.csv?year=1800").statusCode()).isEqualTo(400);
	}

	private static List<List<String>> rows(byte[] xlsx) throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			workbook.getFirstSheet().openStream().forEach((Row row) -> {
				List<String> cells = new ArrayList<>();
				row.forEach((cell) -> cells.add((cell != null) ? cell.getText() : ""));
				rows.add(cells);
			});
		}
		return rows;
	}

}
