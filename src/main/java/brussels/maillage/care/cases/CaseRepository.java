package brussels.maillage.care.cases;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The only writer of {@code care_case}, its status history and its roles; reads the
 * programmes.
 */
@Repository
class CaseRepository {

	private static final String COLUMNS = "id, code, programme, bassin, status, closure, referred_on, started_on, ended_on";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	CaseRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	boolean codeTaken(String code) {
		return this.jdbc.sql("select exists (select 1 from care_case where code = ?)")
			.param(code)
			.query(Boolean.class)
			.single();
	}

	long insert(String code, NewCase careCase) {
		return this.jdbc.sql("""
				insert into care_case (code, programme, bassin, status, referred_on)
				values (?, ?, ?, 'REFERRED', ?) returning id""")
			.params(code, careCase.programme(), careCase.bassin(), careCase.referredOn())
			.query(Long.class)
			.single();
	}

	void recordStatus(long id, CaseStatus status, ClosureCategory closure, LocalDate on, Long recordedBy) {
		this.jdbc.sql("""
				update care_case set status = :status, closure = :closure, version = version + 1,
					started_on = case when :status = 'ACTIVE' and started_on is null then :on else started_on end,
					ended_on = case when :status in ('CLOSED', 'CANCELLED') then :on else ended_on end
				where id = :id""")
			.param("status", status.name())
			.param("closure", (closure != null) ? closure.name() : null)
			.param("on", on)
			.param("id", id)
			.update();
		this.jdbc.sql("""
				insert into care_case_status (case_id, status, closure, changed_on, recorded_by)
				values (?, ?, ?, ?, ?)""")
			.params(id, status.name(), (closure != null) ? closure.name() : null, on, recordedBy)
			.update();
	}

	Optional<CareCase> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " from care_case where id = ?")
			.param(id)
			.query(CareCase.class)
			.optional();
	}

	/** Cases, open ones first, newest first. */
	List<CareCase> list(CaseStatus status, String bassin) {
		return this.jdbc.sql("select " + COLUMNS + """
				 from care_case
				where (cast(:status as text) is null or status = :status)
					and (cast(:bassin as text) is null or bassin = :bassin)
				order by status in ('CLOSED', 'CANCELLED'), referred_on desc, id desc
				limit 500""")
			.param("status", (status != null) ? status.name() : null)
			.param("bassin", bassin)
			.query(CareCase.class)
			.list();
	}

	List<StatusChange> history(long id) {
		return this.jdbc
			.sql("select status, closure, changed_on from care_case_status where case_id = ? order by changed_on, id")
			.param(id)
			.query(StatusChange.class)
			.list();
	}

	Optional<LocalDate> lastChange(long id) {
		return this.jdbc.sql("select max(changed_on) from care_case_status where case_id = ?")
			.param(id)
			.query(LocalDate.class)
			.optional();
	}

	List<Map<String, Object>> programmes() {
		return this.jdbc.sql("""
				select code, name ->> 'fr' as fr, name ->> 'nl' as nl, name ->> 'en' as en from care_programme
				where active order by position, code""").query().listOfRows();
	}

	boolean programmeExists(String code) {
		return this.jdbc.sql("select exists (select 1 from care_programme where code = ? and active)")
			.param(code)
			.query(Boolean.class)
			.single();
	}

	long addRole(long caseId, long providerId, ProviderRole role, LocalDate startsOn) {
		return this.jdbc.sql("""
				insert into care_case_role (case_id, provider_id, role, starts_on) values (?, ?, ?, ?)
				returning id""").params(caseId, providerId, role.name(), startsOn).query(Long.class).single();
	}

	int endRole(long caseId, long roleId, LocalDate endsOn) {
		return this.jdbc.sql("""
				update care_case_role set ends_on = ? where id = ? and case_id = ? and ends_on is null
					and starts_on <= ?""").params(endsOn, roleId, caseId, endsOn).update();
	}

	List<CaseRole> roles(long caseId) {
		return this.jdbc.sql("""
				select r.id, r.provider_id, p.name as provider_name, r.role, r.starts_on, r.ends_on
				from care_case_role r join care_provider p on p.id = r.provider_id
				where r.case_id = ? order by r.ends_on is not null, r.starts_on, r.id""")
			.param(caseId)
			.query(CaseRole.class)
			.list();
	}

	/** Demo data in one round trip per table: cases with their history, and roles. */
	void insertDemo(List<Object[]> cases, List<Object[]> statuses, List<Object[]> roles) {
		this.template.batchUpdate("""
				insert into care_case (code, programme, bassin, status, closure, referred_on, started_on, ended_on)
				values (?, ?, ?, ?, ?, ?, ?, ?)""", cases);
		this.template.batchUpdate("""
				insert into care_case_status (case_id, status, closure, changed_on)
				select id, ?, ?, ? from care_case where code = ?""", statuses);
		this.template.batchUpdate("""
				insert into care_case_role (case_id, provider_id, role, starts_on, ends_on)
				select id, ?, ?, ?, ? from care_case where code = ?""", roles);
	}

	/**
	 * Cases active for at least a day of the period, by bassin: {@code bassin},
	 * {@code started} (began in the period) and {@code continuing} (began before).
	 */
	List<Map<String, Object>> beneficiaries(LocalDate first, LocalDate last) {
		return this.jdbc.sql("""
				select bassin, count(*) filter (where started_on >= :first) as started,
					count(*) filter (where started_on < :first) as continuing
				from care_case
				where started_on is not null and started_on <= :last and (ended_on is null or ended_on >= :first)
				group by bassin""").param("first", first).param("last", last).query().listOfRows();
	}

	static Date sql(LocalDate day) {
		return (day != null) ? Date.valueOf(day) : null;
	}

}
