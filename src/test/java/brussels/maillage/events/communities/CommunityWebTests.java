package brussels.maillage.events.communities;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import brussels.maillage.events.EventsService;
import brussels.maillage.system.OutboxFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A community of practice over real HTTP: members, meetings, attendance and its fee
 * statement.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CommunityWebTests {

	private static final String PASSWORD = "demo-maillage-2026";

	private static final Pattern EVENT_ID = Pattern.compile("/staff/events/([0-9a-f-]{36})");

	@LocalServerPort
	int port;

	@Autowired
	EventsService events;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	@Autowired
	CommunityService communities;

	/**
	 * Leaves no unsent message behind: the test database is shared, and other tests send
	 * what the outbox holds.
	 */
	@org.junit.jupiter.api.AfterEach
	void forgetUnsentMail() {
		OutboxFixtures.forgetUnsent(this.jdbc, "event-registration", "event-request");
	}

	@Test
	void aCommunityFeeStatementMatchesTheAttendanceRecorded() throws Exception {
		WebSession staff = new WebSession(this.port);
		staff.login("nord@demo.maillage.brussels", PASSWORD);
		staff.get("/staff/events/communities");
		assertThat(staff.post("/staff/events/communities", Map.of("nameFr", "", "territory", "NORD")).statusCode())
			.isEqualTo(422);
		String location = staff
			.post("/staff/events/communities",
					Map.of("nameFr", "CoP soins à domicile Laeken", "nameNl", "CoP thuiszorg Laken", "territory",
							"NORD"))
			.headers()
			.firstValue("Location")
			.orElseThrow();
		String path = location.substring(location.indexOf("/staff/"));
		UUID id = UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
		staff.get(path);
		staff.post(path + "/members", Map.of("name", "Alice Martin", "profession", "infirmière"));
		staff.post(path + "/members", Map.of("name", "Bram Peeters", "profession", "huisarts"));
		for (String day : List.of("2025-02-04", "2025-03-04", "2025-04-01", "2024-12-03")) {
			staff.post(path + "/meetings", Map.of("heldOn", day, "topic", "Situation complexe " + day));
		}
		String page = staff.get(path).body();
		Matcher members = Pattern
			.compile("name=\"present\" id=\"p-([0-9a-f-]{36})-([0-9a-f-]{36})\" value=\"([0-9a-f-]{36})\"")
			.matcher(page);
		Map<String, List<String>> byMeeting = new LinkedHashMap<>();
		while (members.find()) {
			byMeeting.computeIfAbsent(members.group(1), (key) -> new java.util.ArrayList<>()).add(members.group(3));
		}
		assertThat(byMeeting).hasSize(4);
		List<String> meetings = List.copyOf(byMeeting.keySet());
		String alice = page.contains("Alice Martin") ? byMeeting.get(meetings.get(0)).get(0) : null;
		String bram = byMeeting.get(meetings.get(0)).get(1);
		// Ordered by date: 2024-12-03 first, then the three 2025 meetings. Alice attends
		// all, Bram one in 2025.
		for (String meeting : meetings) {
			java.util.List<String> present = new java.util.ArrayList<>(List.of(alice));
			if (meeting.equals(meetings.get(2))) {
				present.add(bram);
			}
			String body = String.join("&", present.stream().map((member) -> "present=" + member).toList());
			staff.get(path);
			staff.post(path + "/meetings/" + meeting, Map.of("present", present.get(0)));
			if (present.size() > 1) {
				staff.get(path);
				java.net.http.HttpResponse<String> both = staff.post(path + "/meetings/" + meeting + "?" + body,
						Map.of());
				assertThat(both.statusCode()).isEqualTo(302);
			}
		}
		assertThat(staff.get(path + "/statement-2025.xlsx").statusCode()).isEqualTo(200);
		assertThat(staff.get(path + "/statement-2025.pdf").statusCode()).isEqualTo(200);
		assertThat(new WebSession(this.port).get(path + "/statement-2025.pdf").statusCode()).isEqualTo(302);

		Community community = this.communities.find(id).orElseThrow();
		byte[] xlsx = this.communities.xlsx(community, 2025, java.util.Locale.FRENCH);
		try (org.dhatim.fastexcel.reader.ReadableWorkbook workbook = new org.dhatim.fastexcel.reader.ReadableWorkbook(
				new java.io.ByteArrayInputStream(xlsx))) {
			List<String> lines = workbook.getFirstSheet()
				.read()
				.stream()
				.skip(1)
				.map((row) -> row.getCellText(0) + ":" + row.getCellText(2) + ":"
						+ new java.math.BigDecimal(row.getCellText(4)).stripTrailingZeros().toPlainString())
				.toList();
			assertThat(lines).containsExactly("Alice Martin:3:225", "Bram Peeters:1:75");
		}
		byte[] pdf = this.communities.pdf(community, 2025, java.util.Locale.FRENCH);
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isEqualTo(2);
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Alice Martin").contains("3 rencontre(s) suivie(s)").contains("225,00");
		}
	}

	private static Map<String, String> validForm(String title) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("kind", "INFO_SESSION");
		form.put("titleFr", title);
		form.put("titleNl", title + " NL");
		form.put("language", "bilingual");
		form.put("mode", "place");
		form.put("address", "Rue Royale 1");
		form.put("postcode", "1020");
		form.put("territory", "NORD");
		form.put("organiserTeam", "NORD");
		form.put("capacity", "25");
		form.put("questionsFr", "Votre fonction ?");
		form.put("status", "PUBLISHED");
		form.put("sessionDate", LocalDate.now().plusDays(30).toString());
		form.put("sessionStart", "09:30");
		form.put("sessionEnd", "12:00");
		return form;
	}

}
