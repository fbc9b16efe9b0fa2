package brussels.maillage.events;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Events, sessions and registrations in PostgreSQL, with explicit SQL. */
@Repository
class EventStore {

	/**
	 * The event row locked and whether a place is left, read after the lock; no row when
	 * the event is no longer open for registration (not published, or begun).
	 */
	private static final String SEAT = """
			with seat as (select confirmed_count < capacity as place from event
				where id = :event and status = 'PUBLISHED'
					and (select min(starts_at) from event_session where event_id = :event) > now() for update)
			""";

	private static final LocalizedText NONE = LocalizedText.of(null, null, null);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EventStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	String toJson(Object value) {
		return this.json.writeValueAsString(value);
	}

	LocalizedText text(String value) {
		return (value != null) ? this.json.readValue(value, LocalizedText.class) : NONE;
	}

	List<LocalizedText> texts(String value) {
		return (value != null) ? this.json.readValue(value, new TypeReference<List<LocalizedText>>() {
		}) : List.of();
	}

	List<String> strings(String value) {
		return (value != null) ? this.json.readValue(value, new TypeReference<List<String>>() {
		}) : List.of();
	}

	void insert(UUID id, EventDraft draft, Placed place, UUID requestId, UUID communityId) {
		this.jdbc.sql("""
				insert into event (id, kind, title, description, language, online, online_url, address, postcode,
					commune_nis, place_bassin, place_certainty, territory, themes, organiser_team, capacity, questions,
					consent, status, request_id, community_id, unlisted, headcount, headcount_exactness,
					requesting_territory, completion_sessions, replay_url)
				values (:id, :kind, cast(:title as jsonb), cast(:description as jsonb), :language, :online, :onlineUrl,
					:address, :postcode, :communeNis, :placeBassin, :certainty, :territory, :themes, :team, :capacity,
					cast(:questions as jsonb), cast(:consent as jsonb), :status, :requestId, :communityId, :unlisted,
					:headcount, :exactness, :requesting, :completion, :replay)""")
			.param("id", id)
			.params(fields(draft, place))
			.param("requestId", requestId)
			.param("communityId", communityId)
			.update();
		insertSessions(id, draft.sessions());
	}

	void update(UUID id, EventDraft draft, Placed place) {
		this.jdbc.sql("""
				update event set kind = :kind, title = cast(:title as jsonb), description = cast(:description as jsonb),
					language = :language, online = :online, online_url = :onlineUrl, address = :address,
					postcode = :postcode, commune_nis = :communeNis, place_bassin = :placeBassin,
					place_certainty = :certainty, territory = :territory, themes = :themes, organiser_team = :team,
					capacity = :capacity, questions = cast(:questions as jsonb), consent = cast(:consent as jsonb),
					status = :status, unlisted = :unlisted, headcount = :headcount, headcount_exactness = :exactness,
					requesting_territory = :requesting, completion_sessions = :completion, replay_url = :replay,
					updated_at = now()
				where id = :id""").param("id", id).params(fields(draft, place)).update();
		List<EventSession> existing = sessions(List.of(id)).getOrDefault(id, List.of());
		// Sessions keep their id (attendance hangs on them) where the position still
		// exists.
		for (int i = 0; i < draft.sessions().size(); i++) {
			EventDraft.Times times = draft.sessions().get(i);
			if (i < existing.size()) {
				this.jdbc.sql("update event_session set starts_at = ?, ends_at = ? where id = ?")
					.params(ts(times.startsAt()), ts(times.endsAt()), existing.get(i).id())
					.update();
			}
			else {
				insertSession(id, i + 1, times);
			}
		}
		if (existing.size() > draft.sessions().size()) {
			this.jdbc.sql("delete from event_session where event_id = ? and position > ?")
				.params(id, draft.sessions().size())
				.update();
		}
	}

	private Map<String, Object> fields(EventDraft draft, Placed place) {
		Map<String, Object> fields = new LinkedHashMap<>();
		fields.put("kind", draft.kind().name());
		fields.put("title", toJson(draft.title()));
		fields.put("description", toJson(draft.description()));
		fields.put("language", draft.language());
		fields.put("online", draft.online());
		fields.put("onlineUrl", draft.online() ? draft.onlineUrl() : null);
		fields.put("address", draft.online() ? null : draft.address());
		fields.put("postcode", draft.online() ? null : draft.postcode());
		fields.put("communeNis", place.communeNis());
		fields.put("placeBassin", place.bassin());
		fields.put("certainty", place.certainty());
		fields.put("territory", draft.territory());
		fields.put("themes", draft.themes().toArray(String[]::new));
		fields.put("team", draft.organiserTeam());
		fields.put("capacity", draft.capacity());
		fields.put("questions", toJson(draft.questions()));
		fields.put("consent", (draft.consent() != null) ? toJson(draft.consent()) : null);
		fields.put("status", draft.status().name());
		EventActivity activity = draft.activity();
		fields.put("unlisted", activity.unlisted());
		fields.put("headcount", activity.headcount());
		fields.put("exactness", (activity.exactness() != null) ? activity.exactness().name() : null);
		fields.put("requesting", activity.requestingTerritory());
		fields.put("completion", activity.completionSessions());
		fields.put("replay", activity.replayUrl());
		return fields;
	}

	private void insertSessions(UUID eventId, List<EventDraft.Times> sessions) {
		for (int i = 0; i < sessions.size(); i++) {
			insertSession(eventId, i + 1, sessions.get(i));
		}
	}

	private void insertSession(UUID eventId, int position, EventDraft.Times times) {
		this.jdbc.sql("insert into event_session (id, event_id, position, starts_at, ends_at) values (?, ?, ?, ?, ?)")
			.params(UUID.randomUUID(), eventId, position, ts(times.startsAt()), ts(times.endsAt()))
			.update();
	}

	Optional<Event> find(UUID id) {
		List<Event> found = load(List.of(id));
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	/** Locks the event row for the rest of the transaction (registrations queue here). */
	boolean lock(UUID id) {
		return this.jdbc.sql("select id from event where id = ? for update")
			.param(id)
			.query(UUID.class)
			.optional()
			.isPresent();
	}

	/**
	 * Events not in draft with a session between {@code from} and {@code to}, filtered,
	 * ordered by their first session.
	 */
	List<Event> between(Instant from, Instant to, AgendaFilter filter, int offset, int limit) {
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
		return load(ids);
	}

	long countBetween(Instant from, Instant to, AgendaFilter filter) {
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
	List<Event> all(int limit) {
		List<UUID> ids = this.jdbc.sql("""
				select e.id from event e left join event_session s on s.event_id = e.id
				group by e.id order by min(s.starts_at) desc nulls last limit ?""")
			.param(limit)
			.query(UUID.class)
			.list();
		return load(ids);
	}

	/**
	 * The staff list: upcoming events (not yet ended) from the soonest, or past ones from
	 * the latest, filtered by words of the title (in any language, accents ignored),
	 * kind, territory and status.
	 */
	List<Event> staffList(StaffListFilter filter, Instant now, int offset, int limit) {
		List<UUID> ids = staffListQuery("select e.id", filter, now,
				(filter.past() ? "order by s.starts_at desc, e.id" : "order by s.starts_at, e.id")
						+ " limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(UUID.class)
			.list();
		Map<UUID, Event> byId = new LinkedHashMap<>();
		load(ids).forEach((event) -> byId.put(event.id(), event));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	long countStaffList(StaffListFilter filter, Instant now) {
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

	/** Places taken and people waiting for each event. */
	Map<UUID, Counts> counts(Collection<UUID> eventIds) {
		Map<UUID, Counts> counts = new LinkedHashMap<>();
		if (eventIds.isEmpty()) {
			return counts;
		}
		this.jdbc.sql("""
				select event_id, count(*) filter (where status = 'CONFIRMED') as confirmed,
					count(*) filter (where status = 'WAITING') as waiting
				from event_registration where event_id in (:ids) group by event_id""")
			.param("ids", eventIds)
			.query((rs, row) -> counts.put(rs.getObject("event_id", UUID.class),
					new Counts(rs.getInt("confirmed"), rs.getInt("waiting"))))
			.list();
		return counts;
	}

	List<Event> load(Collection<UUID> ids) {
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<UUID, List<EventSession>> sessions = sessions(ids);
		Map<UUID, Event> byId = new LinkedHashMap<>();
		this.jdbc.sql("select * from event where id in (:ids)").param("ids", ids).query((rs, row) -> {
			UUID id = rs.getObject("id", UUID.class);
			String consent = rs.getString("consent");
			return new Event(id, EventKind.valueOf(rs.getString("kind")), text(rs.getString("title")),
					text(rs.getString("description")), rs.getString("language"), rs.getBoolean("online"),
					rs.getString("online_url"), rs.getString("address"), rs.getString("postcode"),
					rs.getString("commune_nis"), rs.getString("place_bassin"), rs.getString("territory"),
					array(rs, "themes"), rs.getString("organiser_team"), rs.getInt("capacity"),
					texts(rs.getString("questions")), (consent != null) ? text(consent) : null,
					EventStatus.valueOf(rs.getString("status")), sessions.getOrDefault(id, List.of()),
					rs.getObject("request_id", UUID.class), rs.getObject("community_id", UUID.class), activity(rs));
		}).list().forEach((event) -> byId.put(event.id(), event));
		List<Event> ordered = new ArrayList<>();
		for (UUID id : ids) {
			if (byId.containsKey(id)) {
				ordered.add(byId.get(id));
			}
		}
		return ordered;
	}

	private static EventActivity activity(ResultSet rs) throws SQLException {
		String exactness = rs.getString("headcount_exactness");
		return new EventActivity(rs.getBoolean("unlisted"), (Integer) rs.getObject("headcount"),
				(exactness != null) ? HeadcountExactness.valueOf(exactness) : null,
				rs.getString("requesting_territory"), (Integer) rs.getObject("completion_sessions"),
				rs.getString("replay_url"));
	}

	Map<UUID, List<EventSession>> sessions(Collection<UUID> eventIds) {
		Map<UUID, List<EventSession>> sessions = new LinkedHashMap<>();
		this.jdbc.sql("""
				select event_id, id, position, starts_at, ends_at from event_session
				where event_id in (:ids) order by event_id, position""").param("ids", eventIds).query((rs, row) -> {
			sessions.computeIfAbsent(rs.getObject("event_id", UUID.class), (key) -> new ArrayList<>())
				.add(new EventSession(rs.getObject("id", UUID.class), rs.getInt("position"),
						rs.getTimestamp("starts_at").toInstant(), rs.getTimestamp("ends_at").toInstant()));
			return null;
		}).list();
		return sessions;
	}

	// Registrations

	Optional<Registration> registration(UUID eventId, String email) {
		return this.jdbc.sql("select * from event_registration where event_id = ? and email = ?")
			.params(eventId, email)
			.query(this::registration)
			.optional();
	}

	Optional<Registration> registrationByToken(String token) {
		return this.jdbc.sql("select * from event_registration where token = ?")
			.param(token)
			.query(this::registration)
			.optional();
	}

	List<Registration> registrations(UUID eventId) {
		return this.jdbc.sql("""
				select * from event_registration where event_id = ?
				order by case status when 'CONFIRMED' then 0 when 'WAITING' then 1 else 2 end,
					coalesce(waiting_since, created_at), lower(name)""")
			.param(eventId)
			.query(this::registration)
			.list();
	}

	int countConfirmed(UUID eventId) {
		return this.jdbc.sql("select count(*) from event_registration where event_id = ? and status = 'CONFIRMED'")
			.param(eventId)
			.query(Integer.class)
			.single();
	}

	Counts counts(UUID eventId) {
		return this.jdbc.sql("""
				select count(*) filter (where status = 'CONFIRMED') as confirmed,
					count(*) filter (where status = 'WAITING') as waiting
				from event_registration where event_id = ?""").param(eventId).query(Counts.class).single();
	}

	/**
	 * Writes a new registration and gives it a place if one is left, in one statement:
	 * the event row is locked there and its count of places taken (kept by a trigger) is
	 * read after the lock, so registrations for one event queue only for this statement
	 * and the commit.
	 * @return the status given; empty when the e-mail is already registered for the
	 * event, or the event is no longer open (not published, or begun)
	 */
	Optional<RegistrationStatus> insertWithPlace(Registration registration) {
		return withPlace(
				SEAT + """
						insert into event_registration (id, event_id, email, name, organisation, language, status, token, answers,
							accessibility, consented_at, waiting_since)
						select :id, :event, :email, :name, :organisation, :language,
							case when place then 'CONFIRMED' else 'WAITING' end, :token, cast(:answers as jsonb), :accessibility,
							now(), case when place then null else clock_timestamp() end
						from seat
						on conflict (event_id, email) do nothing
						returning status""",
				registration);
	}

	/**
	 * Registers again someone who had cancelled (same row, new answers, new token), with
	 * a place if one is left, decided as in {@link #insertWithPlace}.
	 * @return the status given; empty when the event is no longer open
	 */
	Optional<RegistrationStatus> reactivateWithPlace(Registration registration) {
		return withPlace(SEAT + """
				update event_registration set name = :name, organisation = :organisation, language = :language,
					status = case when place then 'CONFIRMED' else 'WAITING' end, token = :token,
					answers = cast(:answers as jsonb), accessibility = :accessibility, consented_at = now(),
					created_at = now(), waiting_since = case when place then null else clock_timestamp() end,
					cancelled_at = null, promoted_at = null, reminded_at = null
				from seat
				where id = :id
				returning status""", registration);
	}

	private Optional<RegistrationStatus> withPlace(String sql, Registration registration) {
		return this.jdbc.sql(sql)
			.param("id", registration.id())
			.param("event", registration.eventId())
			.param("email", registration.email())
			.param("name", registration.name())
			.param("organisation", registration.organisation())
			.param("language", registration.language())
			.param("token", registration.token())
			.param("answers", toJson(registration.answers()))
			.param("accessibility", registration.accessibility())
			.query(String.class)
			.optional()
			.map(RegistrationStatus::valueOf);
	}

	void cancel(UUID registrationId) {
		this.jdbc.sql("update event_registration set status = 'CANCELLED', cancelled_at = now() where id = ?")
			.param(registrationId)
			.update();
	}

	Optional<Registration> firstWaiting(UUID eventId) {
		return this.jdbc.sql("""
				select * from event_registration where event_id = ? and status = 'WAITING'
				order by waiting_since, created_at limit 1""").param(eventId).query(this::registration).optional();
	}

	void promote(UUID registrationId) {
		this.jdbc.sql("update event_registration set status = 'CONFIRMED', promoted_at = now() where id = ?")
			.param(registrationId)
			.update();
	}

	List<CheckInRow> checkIn(UUID eventId, UUID sessionId) {
		return this.jdbc.sql("""
				select r.*, a.present from event_registration r
				left join event_attendance a on a.registration_id = r.id and a.session_id = ?
				where r.event_id = ? and r.status = 'CONFIRMED' order by lower(r.name), r.email""")
			.params(sessionId, eventId)
			.query((rs, row) -> new CheckInRow(registration(rs, row), (Boolean) rs.getObject("present")))
			.list();
	}

	void recordAttendance(UUID sessionId, UUID registrationId, boolean present, String by) {
		this.jdbc.sql("""
				insert into event_attendance (session_id, registration_id, present, recorded_by) values (?, ?, ?, ?)
				on conflict (session_id, registration_id)
				do update set present = excluded.present, recorded_at = now(), recorded_by = excluded.recorded_by""")
			.params(sessionId, registrationId, present, by)
			.update();
	}

	/**
	 * Confirmed registrations whose event starts before {@code until} and that had no
	 * reminder.
	 */
	List<Registration> dueReminders(Instant now, Instant until) {
		return this.jdbc.sql("""
				select r.* from event_registration r join event e on e.id = r.event_id
				where r.status = 'CONFIRMED' and r.reminded_at is null and e.status = 'PUBLISHED'
					and (select min(s.starts_at) from event_session s where s.event_id = e.id) between ? and ?
				order by r.created_at limit 500""").params(ts(now), ts(until)).query(this::registration).list();
	}

	void markReminded(UUID registrationId) {
		this.jdbc.sql("update event_registration set reminded_at = now() where id = ?").param(registrationId).update();
	}

	/**
	 * Events whose last session ended before {@code before} and whose registrants are
	 * still kept.
	 */
	List<UUID> endedBefore(Instant before) {
		return this.jdbc.sql("""
				select e.id from event e join event_session s on s.event_id = e.id
				where e.registrants_erased_at is null
				group by e.id having max(s.ends_at) < ?""").param(ts(before)).query(UUID.class).list();
	}

	/**
	 * Keeps the event's counts, then erases its registrants (attendance goes with them).
	 */
	int eraseRegistrants(UUID eventId) {
		this.jdbc.sql("""
				insert into event_figures (event_id, registrants, waiting, attendees, no_shows, completed)
				select r.event_id,
					count(*) filter (where r.status = 'CONFIRMED'),
					count(*) filter (where r.status = 'WAITING'),
					count(*) filter (where r.status = 'CONFIRMED' and exists (select 1 from event_attendance a
						where a.registration_id = r.id and a.present)),
					count(*) filter (where r.status = 'CONFIRMED' and not exists (select 1 from event_attendance a
						where a.registration_id = r.id and a.present)),
					count(*) filter (where r.status = 'CONFIRMED' and (select count(*) from event_attendance a
						where a.registration_id = r.id and a.present) >= (select completion_sessions from event
						where id = r.event_id))
				from event_registration r where r.event_id = ? group by r.event_id
				on conflict (event_id) do nothing""").param(eventId).update();
		int erased = this.jdbc.sql("delete from event_registration where event_id = ?").param(eventId).update();
		this.jdbc.sql("update event set registrants_erased_at = now() where id = ?").param(eventId).update();
		return erased;
	}

	private Registration registration(ResultSet rs, int row) throws SQLException {
		return new Registration(rs.getObject("id", UUID.class), rs.getObject("event_id", UUID.class),
				rs.getString("email"), rs.getString("name"), rs.getString("organisation"), rs.getString("language"),
				RegistrationStatus.valueOf(rs.getString("status")), rs.getString("token"),
				strings(rs.getString("answers")), rs.getString("accessibility"),
				rs.getTimestamp("created_at").toInstant());
	}

	static List<String> array(ResultSet rs, String column) throws SQLException {
		Array array = rs.getArray(column);
		return (array != null) ? Arrays.asList((String[]) array.getArray()) : List.of();
	}

	static Timestamp ts(Instant instant) {
		return (instant != null) ? Timestamp.from(instant) : null;
	}

	/**
	 * Where an on-site event's address lies.
	 *
	 * @param communeNis commune, when known
	 * @param bassin bassin, when known
	 * @param certainty how sure the placement is
	 */
	record Placed(String communeNis, String bassin, String certainty) {

		static final Placed NOWHERE = new Placed(null, null, null);

	}

	/**
	 * Places taken and waiting.
	 *
	 * @param confirmed confirmed registrations
	 * @param waiting on the waiting list
	 */
	record Counts(int confirmed, int waiting) {
	}

}
