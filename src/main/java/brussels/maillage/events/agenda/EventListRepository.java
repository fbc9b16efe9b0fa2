package brussels.maillage.events.agenda;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.events.AgendaFilter;
import brussels.maillage.events.Event;
import brussels.maillage.events.StaffListFilter;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import static brussels.maillage.events.agenda.EventRepository.ts;

/** Lists of events read for the agenda, the staff and the nightly erasure. */
@Repository
class EventListRepository {

	private final JdbcClient jdbc;

	private final EventRepository events;

	EventListRepository(JdbcClient jdbc, EventRepository events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	/**
	 * Events not in draft with a session between {@code from} and {@code to}, filtered,
	 * ordered by their first session.
	 */
	public List<Event> between(Instant from, Instant to, AgendaFilter filter, int offset, int limit) {
		List<UUID> ids = this.jdbc.sql("""
				select e.id from event e join event_session s on s.event_id = e.id
				where e.status <> 'DRAFT' and not e.unlisted and s.starts_at < :to and s.ends_at > :from
					and (cast(:territory as text) is null or e.territory = :territory)
					and (cast(:kind as text) is null or e.kind = :kind)
					and (cast(:theme as text) is null or :theme = any(e.themes))
				group by e.id order by min(s.starts_at), e.id
				limit :limit offset :offset""")
			.param("from", ts(from))
			.param("to", ts(to))
			.param("territory", filter.territory())
			.param("kind", (filter.kind() != null) ? filter.kind().name() : null)
			.param("theme", filter.theme())
			.param("limit", limit)
			.param("offset", offset)
			.query(UUID.class)
			.list();
		return this.events.load(ids);
	}

	public long countBetween(Instant from, Instant to, AgendaFilter filter) {
		return this.jdbc.sql("""
				select count(distinct e.id) from event e join event_session s on s.event_id = e.id
				where e.status <> 'DRAFT' and not e.unlisted and s.starts_at < :to and s.ends_at > :from
					and (cast(:territory as text) is null or e.territory = :territory)
					and (cast(:kind as text) is null or e.kind = :kind)
					and (cast(:theme as text) is null or :theme = any(e.themes))""")
			.param("from", ts(from))
			.param("to", ts(to))
			.param("territory", filter.territory())
			.param("kind", (filter.kind() != null) ? filter.kind().name() : null)
			.param("theme", filter.theme())
			.query(Long.class)
			.single();
	}

	/** Every event for staff, newest first session first. */
	public List<Event> all(int limit) {
		List<UUID> ids = this.jdbc.sql("""
				select e.id from event e left join event_session s on s.event_id = e.id
				group by e.id order by min(s.starts_at) desc nulls last limit ?""")
			.param(limit)
			.query(UUID.class)
			.list();
		return this.events.load(ids);
	}

	/**
	 * The staff list: upcoming events (not yet ended) from the soonest, or past ones from
	 * the latest, filtered by words of the title (in any language, accents ignored),
	 * kind, territory and status.
	 */
	public List<Event> staffList(StaffListFilter filter, Instant now, int offset, int limit) {
		List<UUID> ids = staffListQuery("select e.id", filter, now,
				(filter.past() ? "order by s.starts_at desc, e.id" : "order by s.starts_at, e.id")
						+ " limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(UUID.class)
			.list();
		Map<UUID, Event> byId = new LinkedHashMap<>();
		this.events.load(ids).forEach((event) -> byId.put(event.id(), event));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	public long countStaffList(StaffListFilter filter, Instant now) {
		return staffListQuery("select count(*)", filter, now, "").query(Long.class).single();
	}

	private JdbcClient.StatementSpec staffListQuery(String select, StaffListFilter filter, Instant now, String tail) {
		String pattern = (filter.query() == null) ? null : "%" + filter.query().toLowerCase(Locale.ROOT) + "%";
		return this.jdbc
			.sql(select
					+ """
							 from event e join (select event_id, min(starts_at) as starts_at, max(ends_at) as ends_at
								from event_session group by event_id) s on s.event_id = e.id
							where (s.ends_at < :now) = :past
								and (cast(:pattern as text) is null or unaccent(lower(coalesce(e.title->>'fr', '') || ' '
									|| coalesce(e.title->>'nl', '') || ' ' || coalesce(e.title->>'en', ''))) like unaccent(:pattern))
								and (cast(:kind as text) is null or e.kind = :kind)
								and (cast(:territory as text) is null or e.territory = :territory)
								and (cast(:status as text) is null or e.status = :status)
							"""
					+ tail)
			.param("now", ts(now))
			.param("past", filter.past())
			.param("pattern", pattern)
			.param("kind", (filter.kind() != null) ? filter.kind().name() : null)
			.param("territory", filter.territory())
			.param("status", (filter.status() != null) ? filter.status().name() : null);
	}

	/**
	 * Events whose last session ended before {@code before} and whose registrants are
	 * still kept.
	 */
	public List<UUID> endedBefore(Instant before) {
		return this.jdbc.sql("""
				select e.id from event e join event_session s on s.event_id = e.id
				where e.registrants_erased_at is null
				group by e.id having max(s.ends_at) < ?""").param(ts(before)).query(UUID.class).list();
	}

}
