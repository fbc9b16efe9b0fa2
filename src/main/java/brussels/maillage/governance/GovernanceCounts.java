package brussels.maillage.governance;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.meetings.YearFigures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only counts of a calendar year for the indicators: each body's meetings (as its
 * page counts them: postponed meetings are planned again and left out), the syntheses
 * published in French and in Dutch, and the proposals submitted by status.
 */
@Service
@Transactional(readOnly = true)
public class GovernanceCounts {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final BodiesService bodies;

	private final MeetingsService meetings;

	private final JdbcClient jdbc;

	GovernanceCounts(BodiesService bodies, MeetingsService meetings, JdbcClient jdbc) {
		this.bodies = bodies;
		this.meetings = meetings;
		this.jdbc = jdbc;
	}

	/** One line per body: its kind, territory and the year's meetings. */
	public List<BodyYear> meetings(int year) {
		List<BodyYear> lines = new ArrayList<>();
		for (Body body : this.bodies.bodies()) {
			YearFigures figures = this.meetings.figures(body.id(), year);
			lines.add(new BodyYear(body.kind().name(), body.territory(), figures.planned(), figures.held(),
					figures.cancelled(), figures.participants(), (body.theme() != null) ? body.theme().name() : null));
		}
		return lines;
	}

	/**
	 * One line per meeting held in the year: its body's kind and territory, its day and
	 * its participants (as the body's yearly figures count them).
	 */
	public List<HeldMeeting> heldMeetings(int year) {
		List<HeldMeeting> lines = new ArrayList<>();
		for (Body body : this.bodies.bodies()) {
			for (var meeting : this.meetings.meetings(body.id(), year)) {
				if (meeting.status().held()) {
					lines.add(new HeldMeeting(body.kind().name(), body.territory(), this.meetings.date(meeting),
							this.meetings.sheet(meeting.id()).participants()));
				}
			}
		}
		return lines;
	}

	/**
	 * Syntheses of meetings of the year published, per body kind and territory: in
	 * French, in Dutch, in at least one of them.
	 */
	public List<Syntheses> syntheses(int year) {
		return this.jdbc.sql("""
				select b.kind, b.territory, count(*) filter (where s.status_fr = 'PUBLISHED') as fr,
					count(*) filter (where s.status_nl = 'PUBLISHED') as nl,
					count(*) filter (where s.status_fr = 'PUBLISHED' or s.status_nl = 'PUBLISHED') as published
				from governance_synthesis s join governance_meeting m on m.id = s.meeting_id
					join governance_body b on b.id = m.body_id
				where m.starts_at >= :from and m.starts_at < :to
				group by 1, 2 order by 1, 2""")
			.param("from", start(year))
			.param("to", start(year + 1))
			.query((rs, row) -> new Syntheses(rs.getString("kind"), rs.getString("territory"), rs.getLong("fr"),
					rs.getLong("nl"), rs.getLong("published")))
			.list();
	}

	/** Proposals submitted in the year, per council territory and status. */
	public List<Proposals> proposals(int year) {
		return this.jdbc.sql("""
				select b.territory, p.status, count(*) as proposals
				from governance_proposal p join governance_body b on b.id = p.council_id
				where p.submitted_at >= :from and p.submitted_at < :to
				group by 1, 2 order by 1, 2""")
			.param("from", start(year))
			.param("to", start(year + 1))
			.query((rs, row) -> new Proposals(rs.getString("territory"), rs.getString("status"),
					rs.getLong("proposals")))
			.list();
	}

	private static Timestamp start(int year) {
		return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(BRUSSELS).toInstant());
	}

	/**
	 * A body's meetings in a year.
	 *
	 * @param kind the body's kind code (bassin council, working group, ...)
	 * @param territory a bassin code or {@code REGION}
	 * @param planned meetings planned (postponed ones left out)
	 * @param held meetings held
	 * @param cancelled meetings cancelled
	 * @param participants participants over the held meetings (attendances)
	 * @param theme the theme code of a consultation series (mental health, prevention,
	 * hospital liaison), else {@code null}
	 */
	public record BodyYear(String kind, String territory, long planned, long held, long cancelled, long participants,
			String theme) {
	}

	/**
	 * A meeting held.
	 *
	 * @param kind its body's kind code
	 * @param territory a bassin code or {@code REGION}
	 * @param day its day in Brussels
	 * @param participants its participants
	 */
	public record HeldMeeting(String kind, String territory, LocalDate day, long participants) {
	}

	/**
	 * Published syntheses.
	 *
	 * @param kind body kind code
	 * @param territory a bassin code or {@code REGION}
	 * @param french published in French
	 * @param dutch published in Dutch
	 * @param published published in at least one language
	 */
	public record Syntheses(String kind, String territory, long french, long dutch, long published) {
	}

	/**
	 * Proposals of a status.
	 *
	 * @param territory the council's territory
	 * @param status the proposal's status code
	 * @param count how many
	 */
	public record Proposals(String territory, String status, long count) {
	}

}
