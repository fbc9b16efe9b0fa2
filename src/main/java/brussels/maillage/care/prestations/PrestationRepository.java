package brussels.maillage.care.prestations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code care_prestation}. */
@Repository
class PrestationRepository {

	private static final String COLUMNS = """
			p.id, p.case_id, p.provider_id, v.name as provider_name, p.service_type, p.performed_on, p.units, p.tariff,
			p.amount, p.status, p.reject_reason, p.statement_id
			from care_prestation p join care_provider v on v.id = p.provider_id""";

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	PrestationRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	boolean recordedTwice(NewPrestation prestation) {
		return this.jdbc.sql("""
				select exists (select 1 from care_prestation where provider_id = ? and case_id = ? and performed_on = ?
					and service_type = ? and status not in ('CANCELLED', 'REJECTED'))""")
			.params(prestation.providerId(), prestation.caseId(), prestation.performedOn(),
					prestation.serviceType().name())
			.query(Boolean.class)
			.single();
	}

	long insert(NewPrestation prestation, BigDecimal tariff, Long recordedBy) {
		return this.jdbc.sql("""
				insert into care_prestation (case_id, provider_id, service_type, performed_on, units, tariff, amount,
					status, recorded_by)
				values (?, ?, ?, ?, ?, ?, ?, 'RECORDED', ?) returning id""")
			.params(prestation.caseId(), prestation.providerId(), prestation.serviceType().name(),
					prestation.performedOn(), prestation.units(), tariff,
					tariff.multiply(BigDecimal.valueOf(prestation.units())), recordedBy)
			.query(Long.class)
			.single();
	}

	Optional<Prestation> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " where p.id = ?").param(id).query(Prestation.class).optional();
	}

	List<Prestation> ofCase(long caseId) {
		return this.jdbc.sql("select " + COLUMNS + " where p.case_id = ? order by p.performed_on desc, p.id desc")
			.param(caseId)
			.query(Prestation.class)
			.list();
	}

	List<Prestation> ofStatement(long statementId) {
		return this.jdbc.sql("select " + COLUMNS + " where p.statement_id = ? order by p.performed_on, p.id")
			.param(statementId)
			.query(Prestation.class)
			.list();
	}

	/** Validated prestations of a provider in a period that are on no statement. */
	List<Prestation> validated(long providerId, LocalDate from, LocalDate to) {
		return this.jdbc.sql("select " + COLUMNS + """
				 where p.provider_id = ? and p.status = 'VALIDATED' and p.performed_on between ? and ?
				order by p.performed_on, p.id""").params(providerId, from, to).query(Prestation.class).list();
	}

	int changeStatus(long id, PrestationStatus from, PrestationStatus to, RejectReason reason) {
		return this.jdbc.sql("""
				update care_prestation set status = ?, reject_reason = ?, version = version + 1
				where id = ? and status = ?""")
			.params(to.name(), (reason != null) ? reason.name() : null, id, from.name())
			.update();
	}

	/** Puts validated prestations on a statement. */
	int putOnStatement(List<Long> ids, long statementId) {
		if (ids.isEmpty()) {
			return 0;
		}
		return this.jdbc.sql("""
				update care_prestation set status = 'ON_STATEMENT', statement_id = :statement, version = version + 1
				where id in (:ids) and status = 'VALIDATED'""")
			.param("statement", statementId)
			.param("ids", ids)
			.update();
	}

	/** Takes one prestation off its draft statement: it is validated again. */
	int takeOff(long id, long statementId) {
		return this.jdbc.sql("""
				update care_prestation set status = 'VALIDATED', statement_id = null, version = version + 1
				where id = ? and statement_id = ? and status = 'ON_STATEMENT'""").params(id, statementId).update();
	}

	/** The prestations of a paid statement are paid. */
	int markPaid(long statementId) {
		return this.jdbc.sql("""
				update care_prestation set status = 'PAID', version = version + 1
				where statement_id = ? and status = 'ON_STATEMENT'""").param(statementId).update();
	}

	/**
	 * Demo data in one statement: each row is provider id, type, day, units, tariff,
	 * units and tariff again (the amount), status, case code.
	 */
	void insertDemo(List<Object[]> rows) {
		this.template.execute((java.sql.Connection connection) -> {
			try (java.sql.PreparedStatement insert = connection.prepareStatement(
					"""
							insert into care_prestation (case_id, provider_id, service_type, performed_on, units, tariff, amount,
								status)
							select c.id, r.provider, r.type, r.day, r.units, r.tariff, r.units * r.tariff, r.status
							from unnest(?::bigint[], ?::text[], ?::date[], ?::integer[], ?::numeric[], ?::text[], ?::text[])
								as r (provider, type, day, units, tariff, status, code)
							join care_case c on c.code = r.code""")) {
				int[] columns = { 0, 1, 2, 3, 4, 7, 8 };
				String[] types = { "bigint", "text", "date", "integer", "numeric", "text", "text" };
				for (int i = 0; i < columns.length; i++) {
					int column = columns[i];
					Object[] values = rows.stream()
						.map((row) -> (row[column] instanceof LocalDate day) ? java.sql.Date.valueOf(day) : row[column])
						.toArray();
					insert.setArray(i + 1,
							connection.createArrayOf(
									types[i].equals("bigint") ? "int8" : types[i].equals("integer") ? "int4" : types[i],
									values));
				}
				return insert.executeUpdate();
			}
		});
	}

	/** Prestations of the period not cancelled or rejected, by bassin and type. */
	List<java.util.Map<String, Object>> counts(LocalDate first, LocalDate last) {
		return this.jdbc.sql("""
				select c.bassin, p.service_type, count(*) as services
				from care_prestation p join care_case c on c.id = p.case_id
				where p.performed_on between ? and ? and p.status not in ('CANCELLED', 'REJECTED')
				group by c.bassin, p.service_type""").params(first, last).query().listOfRows();
	}

}
