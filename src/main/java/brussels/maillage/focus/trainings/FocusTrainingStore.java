package brussels.maillage.focus.trainings;

import java.util.List;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of the focus_training table: the trainings a repertoire lists. */
@Repository
class FocusTrainingStore {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	FocusTrainingStore(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	/**
	 * A training as a repertoire lists it.
	 *
	 * @param id entry id
	 * @param trainingId the training
	 * @param note the editor's note
	 */
	record Row(UUID id, UUID trainingId, LocalizedText note) {
	}

	List<Row> of(UUID repertoireId) {
		return this.jdbc.sql("""
				select id, training_id, note::text as note from focus_training where repertoire_id = ?
				order by position, id""")
			.param(repertoireId)
			.query((rs, row) -> new Row(rs.getObject("id", UUID.class), rs.getObject("training_id", UUID.class),
					this.json.readValue(rs.getString("note"), LocalizedText.class)))
			.list();
	}

	/** Adds a training at the end, or changes its note when it is already listed. */
	void add(UUID repertoireId, UUID trainingId, LocalizedText note) {
		this.jdbc.sql("""
				insert into focus_training (id, repertoire_id, position, training_id, note)
				values (?, ?, (select coalesce(max(position), -1) + 1 from focus_training where repertoire_id = ?), ?,
					cast(? as jsonb))
				on conflict (repertoire_id, training_id) do update set note = excluded.note""")
			.params(UUID.randomUUID(), repertoireId, repertoireId, trainingId, this.json.writeValueAsString(note))
			.update();
	}

	boolean remove(UUID repertoireId, UUID entryId) {
		return this.jdbc.sql("delete from focus_training where id = ? and repertoire_id = ?")
			.params(entryId, repertoireId)
			.update() > 0;
	}

	/** Moves an entry one place up ({@code -1}) or down ({@code 1}). */
	void move(UUID repertoireId, UUID entryId, int direction) {
		this.jdbc
			.sql("""
					with me as (select id, position from focus_training where id = :entry and repertoire_id = :repertoire),
					other as (
						select t.id, t.position from focus_training t, me
						where t.repertoire_id = :repertoire
							and ((:direction < 0 and t.position < me.position) or (:direction > 0 and t.position > me.position))
						order by case when :direction < 0 then -t.position else t.position end limit 1)
					update focus_training f set position = case when f.id = me.id then other.position else me.position end
					from me, other where f.id in (me.id, other.id)""")
			.param("entry", entryId)
			.param("repertoire", repertoireId)
			.param("direction", direction)
			.update();
	}

}
