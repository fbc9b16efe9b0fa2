package brussels.maillage.events;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only counts of a calendar year's events for the indicators: events planned, held
 * and cancelled with their registrants and attendances, grouped by kind, territory,
 * requesting territory and delivering team; distinct attendees; open-doors hosts,
 * visitors and visits; community-of-practice meetings. Counted as the events figures
 * count: an event belongs to the year its first session starts in (Brussels time), a
 * cancelled event is planned and not held and nobody attended it, and the counts kept for
 * an event stand in for its erased registrations.
 */
@Service
@Transactional(readOnly = true)
public class EventCounts {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private static final String PRESENT = "exists (select 1 from event_attendance a where a.registration_id = r.id and a.present)";

	private static final String LINES = """
			with per_event as (
				select e.id, e.kind, e.territory, coalesce(e.requesting_territory, '-') as requesting,
					e.organiser_team as team, e.status, e.headcount, e.headcount_exactness, max(s.ends_at) as ends_at
				from event e join event_session s on s.event_id = e.id
				where e.status <> 'DRAFT'
				group by e.id
				having min(s.starts_at) >= :from and min(s.starts_at) < :to
			)
			select p.kind, p.territory, p.requesting, p.team, count(*) as planned,
				count(*) filter (where p.status = 'PUBLISHED' and p.ends_at < now()) as held,
				count(*) filter (where p.status = 'CANCELLED') as cancelled,
				coalesce(sum(coalesce(f.registrants, (select count(*) from event_registration r
					where r.event_id = p.id and r.status = 'CONFIRMED'))), 0) as registrants,
				coalesce(sum(case when p.status = 'CANCELLED' then 0 when p.headcount is not null then p.headcount
					else coalesce(f.attendees, (select count(*) from event_registration r where r.event_id = p.id
					and r.status = 'CONFIRMED' and PRESENT)) end), 0) as attendances,
				count(*) filter (where p.status <> 'CANCELLED' and p.headcount_exactness = 'ESTIMATED') as estimated
			from per_event p left join event_figures f on f.event_id = p.id
			group by 1, 2, 3, 4 order by 1, 2, 3, 4""".replace("PRESENT", PRESENT);

	private final JdbcClient jdbc;

	EventCounts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The year's events, one line per kind, territory, requesting territory and
	 * delivering team.
	 */
	public List<Line> lines(int year) {
		return this.jdbc.sql(LINES)
			.param("from", start(year))
			.param("to", start(year + 1))
			.query((rs, row) -> new Line(rs.getString("kind"), rs.getString("territory"), rs.getString("requesting"),
					rs.getString("team"), rs.getLong("planned"), rs.getLong("held"), rs.getLong("cancelled"),
					rs.getLong("registrants"), rs.getLong("attendances"), rs.getLong("estimated")))
			.list();
	}

	/**
	 * People present at least once at a held event of the year, each counted once (by
	 * e-mail address), for one territory or all ({@code null}); events counted by a
	 * headcount and events whose registrants were erased cannot be counted this way and
	 * are reported apart.
	 */
	public DistinctAttendees distinctAttendees(int year, String territory) {
		return this.jdbc
			.sql("""
					with events as (
						select e.id, e.headcount, e.registrants_erased_at from event e
						where e.status = 'PUBLISHED' and (cast(:territory as text) is null or e.territory = :territory)
							and (select min(s.starts_at) from event_session s where s.event_id = e.id) >= :from
							and (select min(s.starts_at) from event_session s where s.event_id = e.id) < :to
					)
					select (select count(distinct lower(r.email)) from event_registration r join events v on v.id = r.event_id
							where r.status = 'CONFIRMED' and v.headcount is null and PRESENT) as people,
						(select count(*) from events v where v.headcount is not null or v.registrants_erased_at is not null)
							as uncounted"""
				.replace("PRESENT", PRESENT))
			.param("territory", territory)
			.param("from", start(year))
			.param("to", start(year + 1))
			.query((rs, row) -> new DistinctAttendees(rs.getLong("people"), rs.getLong("uncounted")))
			.single();
	}

	/**
	 * Open-doors weeks starting in the year, for one bassin or all ({@code null}):
	 * validated hosts, visitors who booked and visits booked.
	 */
	public OpenDoorsCount openDoors(int year, String bassin) {
		return this.jdbc.sql("""
				with weeks as (select id from open_doors_week
					where extract(year from starts_on) = :year and (cast(:bassin as text) is null or bassin = :bassin))
				select (select count(*) from open_doors_offer o join weeks w on w.id = o.week_id
						where o.status = 'VALIDATED') as hosts,
					(select count(*) from open_doors_visitor v join weeks w on w.id = v.week_id
						where exists (select 1 from open_doors_booking b where b.visitor_id = v.id)) as visitors,
					(select count(*) from open_doors_booking b join open_doors_slot s on s.id = b.slot_id
						join open_doors_offer o on o.id = s.offer_id join weeks w on w.id = o.week_id) as visits""")
			.param("year", year)
			.param("bassin", bassin)
			.query((rs, row) -> new OpenDoorsCount(rs.getLong("hosts"), rs.getLong("visitors"), rs.getLong("visits")))
			.single();
	}

	/**
	 * Meetings of the communities of practice held in the year, for one territory or all
	 * ({@code null}), and the members present at them (one per member and meeting).
	 */
	public CommunityCount communities(int year, String territory) {
		return this.jdbc.sql("""
				select count(distinct m.id) as meetings, count(a.member_id) as attendances
				from community_meeting m join community c on c.id = m.community_id
					left join community_attendance a on a.meeting_id = m.id
				where extract(year from m.held_on) = :year
					and (cast(:territory as text) is null or c.territory = :territory)""")
			.param("year", year)
			.param("territory", territory)
			.query((rs, row) -> new CommunityCount(rs.getLong("meetings"), rs.getLong("attendances")))
			.single();
	}

	private static Timestamp start(int year) {
		return Timestamp.from(LocalDate.of(year, 1, 1).atStartOfDay(BRUSSELS).toInstant());
	}

	/**
	 * The events of one kind, territory, requesting territory ({@code -} without a
	 * request) and delivering team.
	 *
	 * @param kind the {@link EventKind} code
	 * @param territory the territory the events were organised for
	 * @param requesting where the request came from, {@code -} for none
	 * @param team the delivering team's code
	 * @param planned events published or cancelled
	 * @param held published events that have ended
	 * @param cancelled cancelled events
	 * @param registrants confirmed registrations
	 * @param attendances people present at each event (registrants present at least once,
	 * or the headcount), summed over the events
	 * @param estimated events whose attendance is an estimated headcount
	 */
	public record Line(String kind, String territory, String requesting, String team, long planned, long held,
			long cancelled, long registrants, long attendances, long estimated) {
	}

	/**
	 * Distinct people present.
	 *
	 * @param people distinct e-mail addresses of registrants present
	 * @param uncountedEvents events whose people cannot be told apart (a headcount, or
	 * registrants erased), so the count is a minimum when this is not 0
	 */
	public record DistinctAttendees(long people, long uncountedEvents) {
	}

	/**
	 * Open-doors counts.
	 *
	 * @param hosts validated host offers
	 * @param visitors professionals who booked at least one visit
	 * @param visits visits booked
	 */
	public record OpenDoorsCount(long hosts, long visitors, long visits) {
	}

	/**
	 * Community-of-practice counts.
	 *
	 * @param meetings meetings held
	 * @param attendances members present, one per member and meeting
	 */
	public record CommunityCount(long meetings, long attendances) {
	}

}
