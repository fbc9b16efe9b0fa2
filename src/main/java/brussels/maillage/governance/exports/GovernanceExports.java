package brussels.maillage.governance.exports;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.Category;
import brussels.maillage.governance.bodies.Membership;
import brussels.maillage.governance.meetings.AttendanceSheet;
import brussels.maillage.governance.meetings.Meeting;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.proposals.Proposal;
import brussels.maillage.governance.proposals.ProposalsService;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The governance tables to export: a body's members, the meetings and the proposals of a
 * year.
 */
@Component
class GovernanceExports {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final BodiesService bodies;

	private final MeetingsService meetings;

	private final ProposalsService proposals;

	private final MessageSource messages;

	private final ZoneId zone;

	GovernanceExports(BodiesService bodies, MeetingsService meetings, ProposalsService proposals,
			MessageSource messages, Clock clock) {
		this.bodies = bodies;
		this.meetings = meetings;
		this.proposals = proposals;
		this.messages = messages;
		this.zone = clock.getZone();
	}

	ExportTable members(Body body, int year, Locale locale) {
		Map<String, String> categories = new LinkedHashMap<>();
		for (Category category : this.bodies.categories(body)) {
			categories.put(category.code(), category.name().in(locale).text());
		}
		List<List<Object>> rows = new ArrayList<>();
		for (Membership m : this.bodies.memberships(body.id(), year)) {
			rows.add(Arrays.asList(m.year(), m.personName(), m.email(), m.organisationName(),
					(m.category() != null) ? categories.getOrDefault(m.category(), m.category()) : null,
					message("governance.role." + m.role(), locale), message("governance.type." + m.type(), locale),
					message("governance.status." + m.status(), locale), DAY.format(m.startsOn()),
					(m.endsOn() != null) ? DAY.format(m.endsOn()) : null, m.charterVersion()));
		}
		return new ExportTable(message("governance.export.members", locale),
				headers(locale, "governance.field.year", "governance.members.person", "governance.field.email",
						"governance.members.organisation", "governance.members.category", "governance.members.role",
						"governance.field.type", "governance.members.status", "governance.field.startsOn",
						"governance.field.endsOn", "governance.field.charterVersion"),
				rows);
	}

	ExportTable meetings(int year, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Body body : this.bodies.bodies()) {
			for (Meeting meeting : this.meetings.meetings(body.id(), year)) {
				AttendanceSheet sheet = meeting.status().held() ? this.meetings.sheet(meeting.id()) : null;
				rows.add(Arrays.asList(body.code(), body.name().in(locale).text(), meeting.title().in(locale).text(),
						DAY.format(meeting.startsAt().atZone(this.zone)),
						TIME.format(meeting.startsAt().atZone(this.zone)),
						TIME.format(meeting.endsAt().atZone(this.zone)), meeting.place(),
						message("governance.meeting.status." + meeting.status(), locale), meeting.cancelReason(),
						(sheet != null) ? sheet.participants() : null,
						(sheet != null && meeting.headcount() != null)
								? message("governance.precision." + meeting.precision(), locale) : null,
						(sheet != null) ? sheet.rate() : null));
			}
		}
		return new ExportTable(message("governance.export.meetings", locale),
				headers(locale, "governance.export.bodyCode", "governance.export.body", "governance.export.title",
						"governance.field.date", "governance.field.startTime", "governance.field.endTime",
						"governance.field.place", "governance.field.meetingStatus", "governance.field.reason",
						"governance.meeting.participants", "governance.attendance.precision", "governance.export.rate"),
				rows);
	}

	ExportTable proposals(int year, Locale locale) {
		List<List<Object>> rows = new ArrayList<>();
		for (Body council : this.bodies.bodies()) {
			if (!council.kind().council()) {
				continue;
			}
			for (Proposal p : this.proposals.ofCouncil(council.id())) {
				LocalDate submitted = p.submittedAt().atZone(this.zone).toLocalDate();
				if (submitted.getYear() != year) {
					continue;
				}
				rows.add(Arrays.asList(council.code(), council.name().in(locale).text(),
						message("governance.proposal.originKind." + p.originKind(), locale),
						message((p.theme() != null) ? "governance.theme." + p.theme()
								: "governance.proposal.theme.none", locale),
						p.textFr(), p.textNl(), message("governance.proposal.status." + p.status(), locale),
						DAY.format(submitted),
						(p.answeredAt() != null) ? DAY.format(p.answeredAt().atZone(this.zone)) : null, p.answerFr(),
						p.answerNl()));
			}
		}
		return new ExportTable(message("governance.export.proposals", locale),
				headers(locale, "governance.export.bodyCode", "governance.proposal.council",
						"governance.proposal.originKind", "governance.proposal.theme", "governance.synthesis.textFr",
						"governance.synthesis.textNl", "governance.members.status", "governance.export.submitted",
						"governance.export.answered", "governance.export.answerFr", "governance.export.answerNl"),
				rows);
	}

	private List<String> headers(Locale locale, String... keys) {
		return Arrays.stream(keys).map((key) -> message(key, locale)).toList();
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
