package brussels.maillage.care.statements;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.care.prestations.Prestation;
import brussels.maillage.care.prestations.PrestationService;
import brussels.maillage.care.providers.ProviderService;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.forms.Refused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Providers' statements: a draft for a provider and a month or quarter takes the
 * provider's validated prestations of the period; fee lines (community of practice,
 * concertation organiser) refer to an event; the total is the sum of the lines; then
 * sent, approved and paid. Once approved its lines can no longer change (refused here,
 * and by triggers in the database).
 */
@Service
@Transactional(readOnly = true)
public class StatementService {

	private static final BigDecimal MAXIMUM_FEE = new BigDecimal("10000.00");

	private final StatementRepository statements;

	private final PrestationService prestations;

	private final ProviderService providers;

	private final EventReader events;

	private final AuditLog audit;

	private final Clock clock;

	StatementService(StatementRepository statements, PrestationService prestations, ProviderService providers,
			EventReader events, AuditLog audit, Clock clock) {
		this.statements = statements;
		this.prestations = prestations;
		this.providers = providers;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
	}

	/** Today in Brussels. */
	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * Drafts the statement of a provider for the period starting on {@code start}, with
	 * the provider's validated prestations of that period; returns its id.
	 * @throws Refused when the day does not start such a period, the period has not
	 * begun, or the provider already has a statement for it
	 */
	@Transactional
	public long draft(long providerId, PeriodKind kind, LocalDate start) {
		if (this.providers.provider(providerId).isEmpty()) {
			throw new Refused("provider", "care.form.choice");
		}
		if (!kind.startsOn(start)) {
			throw new Refused("periodStart", "care.statement.period.start." + kind.name());
		}
		if (start.isAfter(today())) {
			throw new Refused("periodStart", "care.form.date.future");
		}
		LocalDate end = kind.end(start);
		if (this.statements.exists(providerId, start, end)) {
			throw new Refused("periodStart", "care.statement.period.taken");
		}
		long id = this.statements.insert(providerId, kind, start, end);
		takeValidated(id, providerId, start, end);
		this.audit.record("care.statement.drafted", "care_statement", id,
				AuditLog.details("statement-drafted", kind, start));
		return id;
	}

	/**
	 * Takes into a draft the provider's prestations of its period validated since.
	 * @throws Refused when the statement is no longer a draft
	 */
	@Transactional
	public int refresh(long id) {
		Statement statement = editable(id);
		return takeValidated(id, statement.providerId(), statement.periodStart(), statement.periodEnd());
	}

	private int takeValidated(long id, long providerId, LocalDate start, LocalDate end) {
		List<Long> ids = this.prestations.validated(providerId, start, end).stream().map(Prestation::id).toList();
		this.prestations.putOnStatement(ids, id);
		int added = this.statements.addPrestationLines(id);
		this.statements.updateTotal(id);
		return added;
	}

	/**
	 * Adds a fee line for an event (community of practice or concertation organiser).
	 * @throws Refused when the statement is no longer a draft, the event does not exist,
	 * or the amount is out of bounds
	 */
	@Transactional
	public long addFee(long id, LineKind kind, UUID eventId, BigDecimal amount) {
		editable(id);
		if (!kind.fee()) {
			throw new Refused("kind", "care.form.choice");
		}
		LocalDate day = this.events.day(eventId).orElseThrow(() -> new Refused("event", "care.form.choice"));
		if (amount.signum() <= 0 || amount.compareTo(MAXIMUM_FEE) > 0 || amount.scale() > 2) {
			throw new Refused("amount", "care.statement.fee.amount");
		}
		long line = this.statements.addFeeLine(id, kind, eventId, day, amount);
		this.statements.updateTotal(id);
		this.audit.record("care.statement.fee", "care_statement", id, kind.name());
		return line;
	}

	/**
	 * Takes a line off a draft: a prestation goes back to validated, a fee line is gone.
	 * @throws Refused when the statement is no longer a draft
	 */
	@Transactional
	public void removeLine(long id, long lineId) {
		editable(id);
		StatementLine line = this.statements.line(id, lineId)
			.orElseThrow(() -> new Refused("line", "care.form.choice"));
		this.statements.deleteLine(id, lineId);
		if (line.prestationId() != null) {
			this.prestations.takeOff(line.prestationId(), id);
		}
		this.statements.updateTotal(id);
		this.audit.record("care.statement.line.removed", "care_statement", id, String.valueOf(lineId));
	}

	/**
	 * Moves a statement to its next status on a day; paying needs the bank's reference.
	 * @throws Refused when it is not the next status, the day is in the future or before
	 * the previous step, or the reference is missing
	 */
	@Transactional
	public void advance(long id, StatementStatus to, LocalDate on, String reference) {
		Statement statement = this.statements.find(id).orElseThrow();
		if (statement.status().next() != to) {
			throw new Refused("status", "care.statement.status.notAllowed");
		}
		if (on.isAfter(today())) {
			throw new Refused("on", "care.form.date.future");
		}
		LocalDate previous = (statement.approvedOn() != null) ? statement.approvedOn()
				: (statement.sentOn() != null) ? statement.sentOn() : statement.periodStart();
		if (on.isBefore(previous)) {
			throw new Refused("on", "care.statement.status.beforeLast");
		}
		if (to == StatementStatus.PAID
				&& (reference == null || !reference.matches("[A-Za-z0-9][A-Za-z0-9 /.+-]{0,31}"))) {
			throw new Refused("reference", "care.statement.reference.invalid");
		}
		this.statements.advance(id, statement.status(), to, on, (to == StatementStatus.PAID) ? reference : null);
		if (to == StatementStatus.PAID) {
			this.prestations.markPaid(id);
		}
		this.audit.record("care.statement." + to.name().toLowerCase(java.util.Locale.ROOT), "care_statement", id, null);
	}

	/** One statement. */
	public Optional<Statement> statement(long id) {
		return this.statements.find(id);
	}

	/** Statements, filtered by status, newest period first. */
	public List<Statement> list(StatementStatus status) {
		return this.statements.list(status);
	}

	/** The lines of a statement. */
	public List<StatementLine> lines(long id) {
		return this.statements.lines(id);
	}

	/**
	 * What was paid to field providers in a calendar year (statements paid that year), by
	 * kind of line, every kind present (0 when none).
	 */
	public java.util.Map<LineKind, BigDecimal> paid(int year) {
		java.util.Map<LineKind, BigDecimal> amounts = new java.util.EnumMap<>(LineKind.class);
		for (LineKind kind : LineKind.values()) {
			amounts.put(kind, BigDecimal.ZERO.setScale(2));
		}
		for (java.util.Map<String, Object> row : this.statements.paid(LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31))) {
			amounts.put(LineKind.valueOf((String) row.get("kind")), (BigDecimal) row.get("amount"));
		}
		return amounts;
	}

	private Statement editable(long id) {
		Statement statement = this.statements.find(id).orElseThrow();
		if (!statement.status().editable()) {
			throw new Refused("line", "care.statement.frozen");
		}
		return statement;
	}

}
