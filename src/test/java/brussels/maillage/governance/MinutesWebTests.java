package brussels.maillage.governance;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.Downloads;
import brussels.maillage.governance.agenda.AgendaService;
import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.MembershipRole;
import brussels.maillage.governance.bodies.MembershipStatus;
import brussels.maillage.governance.decisions.DecisionMethod;
import brussels.maillage.governance.decisions.DecisionsService;
import brussels.maillage.governance.meetings.AttendanceStatus;
import brussels.maillage.governance.meetings.MeetingStatus;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.meetings.PlanMeeting;
import brussels.maillage.governance.syntheses.Section;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.governance.syntheses.VersionStatus;
import brussels.maillage.system.LocalizedText;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A council meeting's procès-verbal (public: counts by category, never names), its
 * signing sheet and attendance list (staff only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class MinutesWebTests {

	@LocalServerPort
	int port;

	@Autowired
	BodiesService bodies;

	@Autowired
	MeetingsService meetings;

	@Autowired
	AgendaService agenda;

	@Autowired
	DecisionsService decisions;

	@Autowired
	SynthesesService syntheses;

	@Autowired
	Clock clock;

	@Test
	void theMinutesBundleAgendaCountsByCategoryDecisionsAndSynthesisWithoutAName() throws IOException {
		Body council = GovernanceFixtures.council(this.bodies, "Conseil Procès-verbal");
		UUID alice = GovernanceFixtures.member(this.bodies, council, "Alice Janssens", "a@example.be", "GP",
				MembershipRole.CHAIR, MembershipStatus.ACTIVE, LocalDate.of(2026, 1, 1));
		UUID bruno = GovernanceFixtures.member(this.bodies, council, "Bruno Lemaire", null, "GP", MembershipRole.MEMBER,
				MembershipStatus.ACTIVE, LocalDate.of(2026, 1, 1));
		UUID chloe = GovernanceFixtures.member(this.bodies, council, "Chloé Dubois", null, "NURSING",
				MembershipRole.MEMBER, MembershipStatus.ACTIVE, LocalDate.of(2026, 1, 1));
		UUID dirk = GovernanceFixtures.member(this.bodies, council, "Dirk Peeters", null, "HOME_HELP",
				MembershipRole.MEMBER, MembershipStatus.ACTIVE, LocalDate.of(2026, 1, 1));
		UUID meeting = GovernanceFixtures.heldMeeting(this.meetings, this.clock, council, LocalDate.of(2026, 5, 12),
				null);
		this.meetings.recordAttendance(meeting, Map.of(alice, AttendanceStatus.PRESENT, bruno,
				AttendanceStatus.REPRESENTED, chloe, AttendanceStatus.PRESENT, dirk, AttendanceStatus.EXCUSED), 3, null,
				null, "test");
		UUID point = this.agenda.add(meeting, "Plan d'action 2027", "Actieplan 2027", 60, null, "test");
		this.decisions.record(meeting, point, "Le plan d'action 2027 est adopté.", "Het actieplan 2027 is goedgekeurd.",
				DecisionMethod.VOTE, List.of(), "test");
		UUID synthesis = this.syntheses.start(meeting, "test");
		this.syntheses.addItem(synthesis, Section.FINDING, "Les permanences sont saturées le lundi.",
				"De permanenties zijn op maandag overvol.");
		this.syntheses.setStatus(synthesis, "fr", VersionStatus.PUBLISHED);

		Downloads visitor = new Downloads(this.port, "fr");
		String fr = pdfText(visitor.get("/gouvernance/reunions/" + meeting + "/proces-verbal.pdf?lang=fr"));
		// Alice, Bruno (represented) and Chloé attended; 3 walk-ins.
		assertThat(fr).contains("Procès-verbal – " + council.name().fr(), "12/05/2026")
			.contains("Plan d'action 2027 (60 min)")
			.contains("Participant·es 6")
			.contains("Médecins généralistes 2", "Infirmier·es 1", "Venu·es sans inscription 3")
			.doesNotContain("Services d'aide à domicile")
			.contains("Le plan d'action 2027 est adopté.", "Par vote")
			.contains("Les permanences sont saturées le lundi.")
			.contains("Projet : ce procès-verbal n'est pas encore approuvé.")
			.doesNotContain("Alice", "Bruno", "Chloé", "Dirk");
		String nl = pdfText(visitor.get("/gouvernance/reunions/" + meeting + "/proces-verbal.pdf?lang=nl"));
		// The Dutch synthesis is not published: the minutes say so rather than print it.
		assertThat(nl)
			.contains("Notulen", "Actieplan 2027", "Huisartsen 2", "Het actieplan 2027 is goedgekeurd.", "Bij stemming",
					"Geen synthese gepubliceerd in deze taal.")
			.doesNotContain("De permanenties zijn op maandag overvol.", "Alice");

		UUID coming = this.meetings.recordPast(council,
				new PlanMeeting(LocalizedText.of("Conseil d'automne", null, null),
						LocalDate.of(2027, 10, 5).atTime(9, 0).atZone(this.clock.getZone()).toInstant(),
						LocalDate.of(2027, 10, 5).atTime(11, 0).atZone(this.clock.getZone()).toInstant(), null, 1),
				MeetingStatus.PLANNED, "test");
		assertThat(visitor.get("/gouvernance/reunions/" + coming + "/proces-verbal.pdf").statusCode()).isEqualTo(404);

		// Names are for staff only: the signing sheet and the attendance list.
		assertThat(visitor.get("/staff/governance/meetings/" + meeting + "/signing-sheet.pdf").statusCode())
			.isEqualTo(302);
		assertThat(visitor.get("/staff/governance/meetings/" + meeting + "/attendance.xlsx").statusCode())
			.isEqualTo(302);
		Downloads staff = new Downloads(this.port, "fr").signIn("sud");
		String sheet = pdfText(staff.get("/staff/governance/meetings/" + meeting + "/signing-sheet.pdf"));
		assertThat(sheet).contains("Feuille de signatures", "Alice Janssens", "Asbl Alice Janssens", "Président·e",
				"Dirk Peeters");
		HttpResponse<byte[]> xlsx = staff.get("/staff/governance/meetings/" + meeting + "/attendance.xlsx");
		assertThat(xlsx.headers().firstValue("Content-Type").orElseThrow()).contains("spreadsheetml");
		List<List<String>> rows = rows(xlsx.body());
		assertThat(rows.get(0)).startsWith("Personne", "Organisation", "Catégorie", "Rôle", "Présences");
		assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("Bruno Lemaire", "Asbl Bruno Lemaire",
				"Médecins généralistes", "Membre", "Représenté·e"));
		assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("Dirk Peeters"));
		assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("Venu·es sans inscription", "3"));
		assertThat(rows).anySatisfy((row) -> assertThat(row).startsWith("Participant·es", "6"));
	}

	private static String pdfText(HttpResponse<byte[]> response) throws IOException {
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
		try (PDDocument pdf = Loader.loadPDF(response.body())) {
			return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
		}
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
