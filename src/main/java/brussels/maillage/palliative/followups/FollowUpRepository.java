package brussels.maillage.palliative.followups;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code palliative_follow_up} and its status history; reads the
 * referring teams and psychologists (written by {@code palliative.partners}).
 */
@Repository
class FollowUpRepository {

	private static final String COLUMNS = """
			id, code, kind, person_category, setting, bassin, referring_team, reason, participants, psychologist_id,
			status, referred_on, started_on, ended_on""";

	private final JdbcClient jdbc;

	FollowUpRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean codeTaken(String code) {
		return this.jdbc.sql("select exists (select 1 from palliative_follow_up where code = ?)")
			.param(code)
			.query(Boolean.class)
			.single();
	}

	long insert(String code, NewFollowUp followUp) {
		return this.jdbc.sql("""
				insert into palliative_follow_up (code, kind, person_category, setting, bassin, referring_team, reason,
					participants, psychologist_id, status, referred_on)
				values (:code, :kind, :category, :setting, :bassin, :team, :reason, :participants, :psychologist,
					'REFERRED', :referredOn)
				returning id""")
			.param("code", code)
			.param("kind", followUp.kind().name())
			.param("category", followUp.personCategory().name())
			.param("setting", followUp.setting().name())
			.param("bassin", followUp.bassin())
			.param("team", followUp.referringTeam())
			.param("reason", (followUp.reason() != null) ? followUp.reason().name() : null)
			.param("participants", followUp.participants())
			.param("psychologist", followUp.psychologistId())
			.param("referredOn", followUp.referredOn())
			.query(Long.class)
			.single();
	}

	void recordStatus(long id, FollowUpStatus status, LocalDate on, Long recordedBy) {
		this.jdbc.sql("""
				update palliative_follow_up set status = :status, version = version + 1,
					started_on = case when :status = 'ACTIVE' and started_on is null then :on else started_on end,
					ended_on = case when :status in ('CLOSED', 'CANCELLED') then :on
						when :status in ('ACTIVE', 'ON_HOLD') then null else ended_on end
				where id = :id""").param("status", status.name()).param("on", on).param("id", id).update();
		this.jdbc.sql("""
				insert into palliative_follow_up_status (follow_up_id, status, changed_on, recorded_by)
				values (?, ?, ?, ?)""").params(id, status.name(), on, recordedBy).update();
	}

	Optional<FollowUp> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from palliative_follow_up where id = ?")
			.param(id)
			.query(FollowUp.class)
			.optional();
	}

	/** Follow-ups not entered in error, open ones first, newest first. */
	List<FollowUp> list(FollowUpStatus status, String bassin) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from palliative_follow_up
				where (cast(:status as text) is null or status = :status)
					and (cast(:bassin as text) is null or bassin = :bassin)
				order by status in ('CLOSED', 'CANCELLED', 'ENTERED_IN_ERROR'), referred_on desc, id desc""")
			.param("status", (status != null) ? status.name() : null)
			.param("bassin", bassin)
			.query(FollowUp.class)
			.list();
	}

	List<StatusChange> history(long id) {
		return this.jdbc.sql("""
				select status, changed_on, recorded_at from palliative_follow_up_status
				where follow_up_id = ? order by id""").param(id).query(StatusChange.class).list();
	}

	Optional<LocalDate> lastChange(long id) {
		return this.jdbc.sql("select max(changed_on) from palliative_follow_up_status where follow_up_id = ?")
			.param(id)
			.query(LocalDate.class)
			.optional();
	}

	/** Referring teams: code and names as JSON text, in order. */
	List<Map<String, Object>> referringTeams() {
		return this.jdbc
			.sql("""
					select code, name ->> 'fr' as fr, name ->> 'nl' as nl, name ->> 'en' as en from palliative_referring_team
					where active order by position, code""")
			.query()
			.listOfRows();
	}

	List<Map<String, Object>> psychologists() {
		return this.jdbc.sql("select id, name from palliative_psychologist where active order by name")
			.query()
			.listOfRows();
	}

	boolean referringTeamExists(String code) {
		return this.jdbc.sql("select exists (select 1 from palliative_referring_team where code = ? and active)")
			.param(code)
			.query(Boolean.class)
			.single();
	}

	boolean psychologistExists(long id) {
		return this.jdbc.sql("select exists (select 1 from palliative_psychologist where id = ? and active)")
			.param(id)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Follow-ups active for at least a day of the period, or that started in it, per
	 * bassin and kind: {@code bassin, kind, started_in, active_in}.
	 */
	List<Map<String, Object>> periodCounts(LocalDate first, LocalDate last) {
		return this.jdbc.sql("""
				select bassin, kind,
					count(*) filter (where started_on between :first and :last) as started_in,
					count(*) as active_in
				from palliative_follow_up
				where status <> 'ENTERED_IN_ERROR' and started_on is not null and started_on <= :last
					and (ended_on is null or ended_on >= :first)
				group by bassin, kind""").param("first", first).param("last", last).query().listOfRows();
	}

}
