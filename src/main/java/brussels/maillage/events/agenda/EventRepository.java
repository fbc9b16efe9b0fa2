package brussels.maillage.events.agenda;

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
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.events.Event;
import brussels.maillage.events.EventActivity;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventSession;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.HeadcountExactness;
import brussels.maillage.events.registration.RegistrationService;
import brussels.maillage.system.LocalizedText;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Events and their sessions in PostgreSQL, with explicit SQL: the only writer of the
 * {@code event} and {@code event_session} tables, which gives registration what it reads
 * and marks of an event's row ({@link RegistrationService.EventRows}).
 */
@Repository
class EventRepository implements RegistrationService.EventRows {

	private static final LocalizedText NONE = LocalizedText.of(null, null, null);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	EventRepository(JdbcClient jdbc, JsonMapper json) {
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

	@Override
	public Optional<Event> find(UUID id) {
		List<Event> found = load(List.of(id));
		return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
	}

	@Override
	public boolean lock(UUID id) {
		return this.jdbc.sql("select id from event where id = ? for update")
			.param(id)
			.query(UUID.class)
			.optional()
			.isPresent();
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

	@Override
	public void markRegistrantsErased(UUID eventId) {
		this.jdbc.sql("update event set registrants_erased_at = now() where id = ?").param(eventId).update();
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

}
