package brussels.maillage.care.statements;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The only writer of {@code care_statement} and {@code care_statement_line}. */
@Repository
class StatementRepository {

	private static final String COLUMNS = """
			s.id, s.provider_id, p.name as provider_name, s.period_kind, s.period_start, s.period_end, s.status,
			s.total, s.sent_on, s.approved_on, s.paid_on, s.payment_reference
			from care_statement s join care_provider p on p.id = s.provider_id""";

	private final JdbcClient jdbc;

	StatementRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean exists(long providerId, LocalDate start, LocalDate end) {
		return this.jdbc
			.sql("""
					select exists (select 1 from care_statement where provider_id = ? and period_start = ? and period_end = ?)""")
			.params(providerId, start, end)
			.query(Boolean.class)
			.single();
	}

	long insert(long providerId, PeriodKind kind, LocalDate start, LocalDate end) {
		return this.jdbc.sql("""
				insert into care_statement (provider_id, period_kind, period_start, period_end, status)
				values (?, ?, ?, ?, 'DRAFT') returning id""")
			.params(providerId, kind.name(), start, end)
			.query(Long.class)
			.single();
	}

	/** Lines for prestations now on the statement that have none yet. */
	int addPrestationLines(long statementId) {
		return this.jdbc
			.sql("""
					insert into care_statement_line (statement_id, kind, prestation_id, line_on, units, tariff, amount)
					select p.statement_id, p.service_type, p.id, p.performed_on, p.units, p.tariff, p.amount
					from care_prestation p
					where p.statement_id = ? and not exists (select 1 from care_statement_line l where l.prestation_id = p.id)
					order by p.performed_on, p.id""")
			.param(statementId)
			.update();
	}

	long addFeeLine(long statementId, LineKind kind, UUID eventId, LocalDate on, BigDecimal amount) {
		return this.jdbc.sql("""
				insert into care_statement_line (statement_id, kind, event_id, line_on, units, tariff, amount)
				values (?, ?, ?, ?, 1, ?, ?) returning id""")
			.params(statementId, kind.name(), eventId, on, amount, amount)
			.query(Long.class)
			.single();
	}

	Optional<StatementLine> line(long statementId, long lineId) {
		return this.jdbc.sql("""
				select l.id, l.kind, l.prestation_id, c.code as case_code, l.event_id, l.line_on, l.units, l.tariff,
					l.amount
				from care_statement_line l left join care_prestation p on p.id = l.prestation_id
					left join care_case c on c.id = p.case_id
				where l.statement_id = ? and l.id = ?""")
			.params(statementId, lineId)
			.query(StatementLine.class)
			.optional();
	}

	int deleteLine(long statementId, long lineId) {
		return this.jdbc.sql("delete from care_statement_line where statement_id = ? and id = ?")
			.params(statementId, lineId)
			.update();
	}

	void updateTotal(long statementId) {
		this.jdbc.sql("""
				update care_statement set total = (select coalesce(sum(amount), 0) from care_statement_line
					where statement_id = :id), version = version + 1
				where id = :id""").param("id", statementId).update();
	}

	int advance(long id, StatementStatus from, StatementStatus to, LocalDate on, String reference) {
		return this.jdbc.sql("""
				update care_statement set status = :to, version = version + 1,
					sent_on = case when :to = 'SENT' then :on else sent_on end,
					approved_on = case when :to = 'APPROVED' then :on else approved_on end,
					paid_on = case when :to = 'PAID' then :on else paid_on end,
					payment_reference = case when :to = 'PAID' then :reference else payment_reference end
				where id = :id and status = :from""")
			.param("to", to.name())
			.param("from", from.name())
			.param("on", on)
			.param("reference", reference)
			.param("id", id)
			.update();
	}

	Optional<Statement> find(long id) {
		return this.jdbc.sql("select " + COLUMNS + " where s.id = ?").param(id).query(Statement.class).optional();
	}

	List<Statement> list(StatementStatus status) {
		return this.jdbc.sql("select " + COLUMNS + """
				 where (cast(:status as text) is null or s.status = :status)
				order by s.period_start desc, lower(p.name), s.id limit 500""")
			.param("status", (status != null) ? status.name() : null)
			.query(Statement.class)
			.list();
	}

	List<StatementLine> lines(long statementId) {
		return this.jdbc.sql("""
				select l.id, l.kind, l.prestation_id, c.code as case_code, l.event_id, l.line_on, l.units, l.tariff,
					l.amount
				from care_statement_line l left join care_prestation p on p.id = l.prestation_id
					left join care_case c on c.id = p.case_id
				where l.statement_id = ? order by l.kind, l.line_on, l.id""")
			.param(statementId)
			.query(StatementLine.class)
			.list();
	}

	/** Amounts of the lines of statements paid in the period, by kind. */
	List<java.util.Map<String, Object>> paid(LocalDate first, LocalDate last) {
		return this.jdbc.sql("""
				select l.kind, sum(l.amount) as amount
				from care_statement_line l join care_statement s on s.id = l.statement_id
				where s.status = 'PAID' and s.paid_on between ? and ?
				group by l.kind""").params(first, last).query().listOfRows();
	}

}
