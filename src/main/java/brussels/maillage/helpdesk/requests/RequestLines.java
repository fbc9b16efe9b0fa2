package brussels.maillage.helpdesk.requests;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.followups.FollowUpService;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The helpdesk's lines as the requests see them: which lines exist, who sees the requests
 * of which line (coordinators all, staff those of their territories' lines), and who
 * answers a line now. The requests only read the lines (set by migrations) and the
 * permanences (written by {@code helpdesk.permanences}). The follow-ups see the lines
 * through {@link FollowUpService.Lines}.
 */
@Component
@Transactional(readOnly = true)
class RequestLines implements FollowUpService.Lines {

	/** The afternoon's half-day starts at 13:00, as in the roster. */
	private static final LocalTime NOON = LocalTime.of(13, 0);

	private final JdbcClient jdbc;

	RequestLines(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Every line, the regional line first. */
	List<Line> all() {
		return this.jdbc.sql("select code, territory, phone, state from helpdesk_line order by position, code")
			.query((rs, n) -> new Line(rs.getString(1), TerritoryScope.valueOf(rs.getString(2)), rs.getString(3),
					rs.getString(4)))
			.list();
	}

	/** The line of that code, if there is one. */
	Optional<Line> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return all().stream().filter((line) -> line.code().equals(code)).findFirst();
	}

	/** The codes of every line, the regional line first. */
	@Override
	public List<String> codes() {
		return all().stream().map(Line::code).toList();
	}

	/** Whether {@code viewer} may see the requests of a line. */
	@Override
	public boolean canSee(CurrentUser viewer, String lineCode) {
		if (viewer.has(Role.COORDINATOR)) {
			return true;
		}
		return find(lineCode).map((line) -> viewer.worksFor(line.territory())).orElse(false);
	}

	/** Codes of the lines {@code viewer} sees, or {@code null} for all of them. */
	@Override
	public List<String> visibleLines(CurrentUser viewer) {
		if (viewer.has(Role.COORDINATOR)) {
			return null;
		}
		return all().stream().filter((line) -> viewer.worksFor(line.territory())).map(Line::code).toList();
	}

	/**
	 * Who is on duty on each line at {@code moment}, of the lines open then (within their
	 * opening hours, not on one of their closed days); lines without anyone are left out.
	 */
	List<OnDuty> onDutyAt(Instant moment) {
		ZonedDateTime now = moment.atZone(HelpdeskService.TIME_ZONE);
		return this.jdbc.sql("""
				select s.line_code, s.user_name from helpdesk_shift s
				where s.day = :day and s.half = :half
					and exists (select 1 from helpdesk_line_hours h where h.line_code = s.line_code
						and h.day_of_week = :weekday and h.opens <= :time and :time < h.closes)
					and not exists (select 1 from helpdesk_line_closure c where c.line_code = s.line_code
						and c.closed_on = :day)
				order by s.line_code""")
			.param("day", now.toLocalDate())
			.param("half", half(now.toLocalTime()))
			.param("weekday", now.getDayOfWeek().getValue())
			.param("time", now.toLocalTime().truncatedTo(ChronoUnit.MICROS))
			.query(OnDuty.class)
			.list();
	}

	/** The line {@code userId} is on duty for at {@code moment}, or {@code null}. */
	String lineOnDuty(long userId, Instant moment) {
		ZonedDateTime at = moment.atZone(HelpdeskService.TIME_ZONE);
		return this.jdbc.sql("select line_code from helpdesk_shift where user_id = ? and day = ? and half = ? limit 1")
			.params(userId, at.toLocalDate(), half(at.toLocalTime()))
			.query(String.class)
			.optional()
			.orElse(null);
	}

	private static String half(LocalTime time) {
		return time.isBefore(NOON) ? "AM" : "PM";
	}

	/**
	 * A line of the helpdesk.
	 *
	 * @param code stable code ({@code REGION}, {@code NORD}, ...)
	 * @param territory the territory it serves, which decides who sees its requests
	 * @param phone its phone number
	 * @param state {@code ACTIVE} or {@code PHASING_OUT}
	 */
	record Line(String code, TerritoryScope territory, String phone, String state) {
	}

	/**
	 * Who answers a line now.
	 *
	 * @param lineCode the line
	 * @param userName the respondent's name
	 */
	record OnDuty(String lineCode, String userName) {
	}

}
