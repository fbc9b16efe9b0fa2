package brussels.maillage.focus.repertoires;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.focus.Repertoire;
import brussels.maillage.focus.RepertoireStatus;
import brussels.maillage.focus.trainings.FocusTrainings;
import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the Focus tables with explicit SQL. */
@Repository
public class FocusStore implements FocusTrainings.Repertoires {

	private static final LocalizedText NONE = LocalizedText.of(null, null, null);

	private final JdbcClient jdbc;

	private final JsonMapper json;

	FocusStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	private String toJson(LocalizedText text) {
		return this.json.writeValueAsString((text != null) ? text : NONE);
	}

	private LocalizedText text(String jsonb) {
		return (jsonb != null) ? this.json.readValue(jsonb, LocalizedText.class) : NONE;
	}

	/** A status as the table holds it. */
	private static String code(RepertoireStatus status) {
		return status.name().toLowerCase();
	}

	private static RepertoireStatus status(String code) {
		return RepertoireStatus.valueOf(code.toUpperCase());
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	public void insert(UUID id, String slug, LocalizedText title, LocalizedText introduction, String createdBy) {
		this.jdbc.sql("""
				insert into focus_repertoire (id, slug, title, introduction, created_by)
				values (?, ?, cast(? as jsonb), cast(? as jsonb), ?)""")
			.params(id, slug, toJson(title), toJson(introduction), createdBy)
			.update();
	}

	public boolean slugTaken(String slug, UUID except) {
		return this.jdbc.sql("select count(*) from focus_repertoire where slug = ? and id <> ?")
			.params(slug, (except != null) ? except : new UUID(0, 0))
			.query(Long.class)
			.single() > 0;
	}

	public void update(UUID id, String slug, LocalizedText title, LocalizedText introduction) {
		this.jdbc.sql("""
				update focus_repertoire set slug = ?, title = cast(? as jsonb), introduction = cast(? as jsonb),
					last_modified = now() where id = ?""")
			.params(slug, toJson(title), toJson(introduction), id)
			.update();
	}

	public void status(UUID id, RepertoireStatus status) {
		this.jdbc.sql("""
				update focus_repertoire set status = ?,
					published_at = case when ? = 'published' then now() else published_at end,
					last_modified = now() where id = ?""").params(code(status), code(status), id).update();
	}

	public void checked(UUID id, int flagged) {
		this.jdbc.sql("update focus_repertoire set checked_at = now(), flagged = ? where id = ?")
			.params(flagged, id)
			.update();
	}

	@Override
	public void touch(UUID repertoireId) {
		this.jdbc.sql("update focus_repertoire set last_modified = now() where id = ?").param(repertoireId).update();
	}

	public UUID addSection(UUID repertoireId, LocalizedText title, AreaLevel level) {
		UUID id = UUID.randomUUID();
		this.jdbc.sql("""
				insert into focus_section (id, repertoire_id, position, title, level)
				values (?, ?, (select coalesce(max(position), -1) + 1 from focus_section where repertoire_id = ?),
					cast(? as jsonb), ?)""")
			.params(id, repertoireId, repertoireId, toJson(title), (level != null) ? level.name() : null)
			.update();
		touch(repertoireId);
		return id;
	}

	public boolean removeSection(UUID repertoireId, UUID sectionId) {
		boolean removed = this.jdbc.sql("delete from focus_section where id = ? and repertoire_id = ?")
			.params(sectionId, repertoireId)
			.update() > 0;
		touch(repertoireId);
		return removed;
	}

	/**
	 * Adds a service to a section of the repertoire; false when the section is not one of
	 * its sections.
	 */
	public boolean addEntry(UUID repertoireId, UUID sectionId, UUID serviceId, LocalizedText note) {
		int added = this.jdbc.sql("""
				insert into focus_entry (id, section_id, position, service_id, note)
				select ?, s.id, (select coalesce(max(position), -1) + 1 from focus_entry where section_id = s.id), ?,
					cast(? as jsonb)
				from focus_section s where s.id = ? and s.repertoire_id = ?
				on conflict (section_id, service_id) do update set note = excluded.note""")
			.params(UUID.randomUUID(), serviceId, toJson(note), sectionId, repertoireId)
			.update();
		touch(repertoireId);
		return added > 0;
	}

	public boolean removeEntry(UUID repertoireId, UUID entryId) {
		boolean removed = this.jdbc.sql("""
				delete from focus_entry e using focus_section s
				where e.id = ? and e.section_id = s.id and s.repertoire_id = ?""")
			.params(entryId, repertoireId)
			.update() > 0;
		touch(repertoireId);
		return removed;
	}

	/** Moves an entry one place up ({@code -1}) or down ({@code 1}) in its section. */
	public void moveEntry(UUID repertoireId, UUID entryId, int direction) {
		this.jdbc
			.sql("""
					with me as (
						select e.id, e.section_id, e.position from focus_entry e join focus_section s on s.id = e.section_id
						where e.id = :entry and s.repertoire_id = :repertoire),
					other as (
						select e.id, e.position from focus_entry e, me
						where e.section_id = me.section_id
							and ((:direction < 0 and e.position < me.position) or (:direction > 0 and e.position > me.position))
						order by case when :direction < 0 then -e.position else e.position end limit 1)
					update focus_entry f set position = case when f.id = me.id then other.position else me.position end
					from me, other where f.id in (me.id, other.id)""")
			.param("entry", entryId)
			.param("repertoire", repertoireId)
			.param("direction", direction)
			.update();
		touch(repertoireId);
	}

	public List<Repertoire> all(boolean publishedOnly) {
		List<UUID> ids = this.jdbc
			.sql("select id from focus_repertoire where not ? or status = 'published' order by title ->> 'fr', id")
			.param(publishedOnly)
			.query(UUID.class)
			.list();
		return ids.stream().map(this::find).flatMap(Optional::stream).toList();
	}

	public Optional<UUID> idOfSlug(String slug) {
		return this.jdbc.sql("select id from focus_repertoire where slug = ?").param(slug).query(UUID.class).optional();
	}

	/** Repertoires listing any of these services. */
	public List<UUID> listing(Collection<UUID> serviceIds) {
		return this.jdbc.sql("""
				select distinct s.repertoire_id from focus_entry e join focus_section s on s.id = e.section_id
				where e.service_id = any(?)""").param(serviceIds.toArray(UUID[]::new)).query(UUID.class).list();
	}

	/** Links a repertoire to an agenda event, or unlinks it ({@code null}). */
	public void linkEvent(UUID repertoireId, UUID eventId) {
		this.jdbc.sql("update focus_repertoire set event_id = ?, last_modified = now() where id = ?")
			.params(eventId, repertoireId)
			.update();
	}

	public Optional<Repertoire> find(UUID id) {
		Optional<Repertoire> head = this.jdbc.sql("""
				select id, slug, title::text as title, introduction::text as introduction, status, published_at,
					checked_at, flagged, last_modified, event_id from focus_repertoire where id = ?""")
			.param(id)
			.query((rs, row) -> new Repertoire(rs.getObject("id", UUID.class), rs.getString("slug"),
					text(rs.getString("title")), text(rs.getString("introduction")), status(rs.getString("status")),
					instant(rs, "published_at"), instant(rs, "checked_at"), rs.getInt("flagged"),
					instant(rs, "last_modified"), List.of(), rs.getObject("event_id", UUID.class)))
			.optional();
		return head.map((repertoire) -> new Repertoire(repertoire.id(), repertoire.slug(), repertoire.title(),
				repertoire.introduction(), repertoire.status(), repertoire.publishedAt(), repertoire.checkedAt(),
				repertoire.flagged(), repertoire.lastModified(), sections(repertoire.id()), repertoire.eventId()));
	}

	private List<Repertoire.Section> sections(UUID repertoireId) {
		Map<UUID, List<Repertoire.Entry>> entries = new LinkedHashMap<>();
		Map<UUID, Repertoire.Section> heads = new LinkedHashMap<>();
		this.jdbc
			.sql("""
					select id, title::text as title, level from focus_section where repertoire_id = ? order by position, id""")
			.param(repertoireId)
			.query((rs, row) -> new Repertoire.Section(rs.getObject("id", UUID.class), text(rs.getString("title")),
					(rs.getString("level") != null) ? AreaLevel.valueOf(rs.getString("level")) : null, List.of()))
			.list()
			.forEach((section) -> {
				heads.put(section.id(), section);
				entries.put(section.id(), new ArrayList<>());
			});
		this.jdbc.sql("""
				select e.id, e.section_id, e.service_id, e.note::text as note from focus_entry e
				join focus_section s on s.id = e.section_id where s.repertoire_id = ? order by e.position, e.id""")
			.param(repertoireId)
			.query((ResultSet rs) -> {
				entries.get(rs.getObject("section_id", UUID.class))
					.add(new Repertoire.Entry(rs.getObject("id", UUID.class), rs.getObject("service_id", UUID.class),
							text(rs.getString("note"))));
			});
		return heads.values()
			.stream()
			.map((section) -> new Repertoire.Section(section.id(), section.title(), section.level(),
					entries.get(section.id())))
			.toList();
	}

	public long count() {
		return this.jdbc.sql("select count(*) from focus_repertoire").query(Long.class).single();
	}

}
