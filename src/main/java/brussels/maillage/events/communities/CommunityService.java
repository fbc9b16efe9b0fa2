package brussels.maillage.events.communities;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import brussels.maillage.events.settings.EventsProperties;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.SpreadsheetCells;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Communities of practice: members, meetings, attendance, and the yearly statement of the
 * flat fee each participant is owed for the meetings attended (PDF and XLSX).
 */
@Service
@Transactional(readOnly = true)
class CommunityService {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final EventsProperties properties;

	private final MessageSource messages;

	private final AuditLog audit;

	CommunityService(JdbcClient jdbc, JsonMapper json, EventsProperties properties, MessageSource messages,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.properties = properties;
		this.messages = messages;
		this.audit = audit;
	}

	@Transactional
	UUID create(LocalizedText name, String territory) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into community (id, name, territory) values (?, cast(? as jsonb), ?)")
			.params(id, this.json.writeValueAsString(name), territory)
			.update();
		return id;
	}

	@Transactional
	UUID addMember(UUID community, String name, String email, String profession) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into community_member (id, community_id, name, email, profession) values (?, ?, ?, ?, ?)")
			.params(id, community, name, email, profession)
			.update();
		return id;
	}

	@Transactional
	UUID addMeeting(UUID community, LocalDate heldOn, String topic) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("insert into community_meeting (id, community_id, held_on, topic) values (?, ?, ?, ?)")
			.params(id, community, heldOn, topic)
			.update();
		return id;
	}

	/** Records who attended a meeting, replacing what was recorded. */
	@Transactional
	void recordAttendance(UUID community, UUID meeting, List<UUID> present) {
		int found = this.jdbc
			.sql("delete from community_attendance where meeting_id = ? and exists "
					+ "(select 1 from community_meeting m where m.id = ? and m.community_id = ?)")
			.params(meeting, meeting, community)
			.update();
		for (UUID member : present) {
			this.jdbc
				.sql("""
						insert into community_attendance (meeting_id, member_id)
						select m.id, b.id from community_meeting m join community_member b on b.community_id = m.community_id
						where m.id = ? and b.id = ? and m.community_id = ?""")
				.params(meeting, member, community)
				.update();
		}
		this.audit.record("community.attendance.recorded", "community-meeting", meeting,
				AuditLog.details("attendance-present", present.size(), found));
	}

	List<Map<String, Object>> list() {
		return this.jdbc.sql("""
				select c.id, c.name::text as name, c.territory,
					(select count(*) from community_member m where m.community_id = c.id) as members,
					(select count(*) from community_meeting m where m.community_id = c.id) as meetings
				from community c order by c.created_at""").query().listOfRows().stream().map((row) -> {
			Map<String, Object> shown = new java.util.LinkedHashMap<>(row);
			shown.put("name", text((String) row.get("name")));
			return shown;
		}).toList();
	}

	Optional<Community> find(UUID id) {
		return this.jdbc.sql("select id, name::text as name, territory from community where id = ?")
			.param(id)
			.query((rs, row) -> new Community(id, text(rs.getString("name")), rs.getString("territory"), members(id),
					meetings(id)))
			.optional();
	}

	private List<Community.Member> members(UUID community) {
		return this.jdbc
			.sql("select id, name, profession from community_member where community_id = ? order by lower(name)")
			.param(community)
			.query(Community.Member.class)
			.list();
	}

	/** Marks a member present at a meeting, as the demo does (no audit entry). */
	void markPresent(UUID meeting, UUID member) {
		this.jdbc.sql("insert into community_attendance (meeting_id, member_id) values (?, ?)")
			.params(meeting, member)
			.update();
	}

	private List<Community.Meeting> meetings(UUID community) {
		Map<UUID, List<UUID>> present = this.jdbc.sql("""
				select a.meeting_id, a.member_id from community_attendance a
				join community_meeting m on m.id = a.meeting_id where m.community_id = ?""")
			.param(community)
			.query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return this.jdbc.sql("select id, held_on, topic from community_meeting where community_id = ? order by held_on")
			.param(community)
			.query((rs, row) -> new Community.Meeting(rs.getObject("id", UUID.class),
					rs.getObject("held_on", LocalDate.class), rs.getString("topic"),
					present.getOrDefault(rs.getObject("id", UUID.class), List.of())))
			.list();
	}

	/** Each member's meetings attended in {@code year} and the flat fee owed for them. */
	List<Community.FeeLine> statement(Community community, int year) {
		BigDecimal rate = this.properties.communityFeePerMeeting();
		List<Community.FeeLine> lines = new ArrayList<>();
		for (Community.Member member : community.members()) {
			int attended = (int) community.meetings()
				.stream()
				.filter((meeting) -> meeting.heldOn().getYear() == year && meeting.attended(member.id()))
				.count();
			lines.add(new Community.FeeLine(member, attended, rate.multiply(BigDecimal.valueOf(attended))));
		}
		this.audit.record("community.statement", "community", community.id(), AuditLog.details("year", year));
		return lines;
	}

	byte[] xlsx(Community community, int year, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Maillage", "1.0");
			Worksheet sheet = workbook.newWorksheet(String.valueOf(year));
			String[] headers = { message("events.community.member", locale),
					message("events.community.profession", locale), message("events.community.attended", locale),
					message("events.community.rate", locale), message("events.community.amount", locale) };
			for (int column = 0; column < headers.length; column++) {
				sheet.value(0, column, SpreadsheetCells.text(headers[column]));
				sheet.style(0, column).bold().set();
			}
			int line = 1;
			for (Community.FeeLine fee : statement(community, year)) {
				sheet.value(line, 0, SpreadsheetCells.text(fee.member().name()));
				sheet.value(line, 1, SpreadsheetCells.text(fee.member().profession()));
				sheet.value(line, 2, fee.meetings());
				sheet.value(line, 3, this.properties.communityFeePerMeeting());
				sheet.value(line, 4, fee.amount());
				line++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** One page per participant: the meetings attended in the year and the fee owed. */
	byte[] pdf(Community community, int year, Locale locale) {
		NumberFormat euros = NumberFormat.getCurrencyInstance(Locale.forLanguageTag(locale.getLanguage() + "-BE"));
		StringBuilder html = new StringBuilder("<html lang=\"" + locale.getLanguage() + "\"><head><style>"
				+ "body{font-family:sans-serif;font-size:11pt} .next{page-break-before:always}"
				+ "table{border-collapse:collapse;width:100%} td,th{border:1px solid #444;padding:4px;text-align:left}"
				+ "</style><title>" + esc(message("events.community.statement", locale)) + "</title></head><body>");
		boolean first = true;
		for (Community.FeeLine fee : statement(community, year)) {
			html.append(first ? "<div><h1>" : "<div class=\"next\"><h1>");
			first = false;
			html.append("")
				.append(esc(message("events.community.statement", locale)))
				.append(' ')
				.append(year)
				.append("</h1><p>")
				.append(esc(community.name().in(locale).text()))
				.append("</p><p><strong>")
				.append(esc(fee.member().name()))
				.append("</strong>")
				.append((fee.member().profession() != null) ? " – " + esc(fee.member().profession()) : "")
				.append("</p><table><tr><th>")
				.append(esc(message("events.community.date", locale)))
				.append("</th><th>")
				.append(esc(message("events.community.topic", locale)))
				.append("</th></tr>");
			for (Community.Meeting meeting : community.meetings()) {
				if (meeting.heldOn().getYear() == year && meeting.attended(fee.member().id())) {
					html.append("<tr><td>")
						.append(meeting.heldOn())
						.append("</td><td>")
						.append(esc(meeting.topic()))
						.append("</td></tr>");
				}
			}
			html.append("</table><p>")
				.append(esc(this.messages.getMessage("events.community.owed",
						new Object[] { fee.meetings(), euros.format(this.properties.communityFeePerMeeting()),
								euros.format(fee.amount()) },
						locale)))
				.append("</p></div>");
		}
		html.append("</body></html>");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			PdfRendererBuilder builder = new PdfRendererBuilder();
			builder.useFastMode();
			builder.withHtmlContent(html.toString().replace("&nbsp;", "&#160;"), null);
			builder.toStream(out);
			builder.run();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

	private static String esc(String text) {
		return (text != null) ? HtmlUtils.htmlEscapeDecimal(text) : "";
	}

	private LocalizedText text(String json) {
		return (json != null) ? this.json.readValue(json, LocalizedText.class) : LocalizedText.of(null, null, null);
	}

}
