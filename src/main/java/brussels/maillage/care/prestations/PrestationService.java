package brussels.maillage.care.prestations;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import brussels.maillage.care.cases.CareCase;
import brussels.maillage.care.cases.CaseService;
import brussels.maillage.care.cases.CaseStatus;
import brussels.maillage.care.tariffs.TariffService;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.forms.Refused;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prestations: recording one at the tariff of its day (refused when the same provider
 * already recorded the same type on the same case that day), validating, rejecting or
 * cancelling it, and what the statements take. Callers are the team's pages, the
 * statements and the demo.
 */
@Service
@Transactional(readOnly = true)
public class PrestationService {

	private final PrestationRepository prestations;

	private final CaseService cases;

	private final AuditLog audit;

	private final TariffService tariffs;

	PrestationService(PrestationRepository prestations, CaseService cases, AuditLog audit, TariffService tariffs) {
		this.prestations = prestations;
		this.cases = cases;
		this.audit = audit;
		this.tariffs = tariffs;
	}

	/**
	 * Records a prestation and returns its id.
	 * @throws Refused when the case is cancelled, the day is outside the case, the
	 * provider has no role on the case that day, there is no tariff on that day, or it
	 * was already recorded
	 */
	@Transactional
	public long record(NewPrestation prestation, CurrentUser by) {
		CareCase careCase = this.cases.find(prestation.caseId()).orElseThrow();
		if (careCase.status() == CaseStatus.CANCELLED) {
			throw new Refused("performedOn", "care.prestation.caseCancelled");
		}
		LocalDate day = prestation.performedOn();
		if (day.isBefore(careCase.referredOn()) || (careCase.endedOn() != null && day.isAfter(careCase.endedOn()))) {
			throw new Refused("performedOn", "care.prestation.outsideCase");
		}
		boolean hasRole = this.cases.roles(prestation.caseId())
			.stream()
			.anyMatch((role) -> role.providerId() == prestation.providerId() && !day.isBefore(role.startsOn())
					&& (role.endsOn() == null || !day.isAfter(role.endsOn())));
		if (!hasRole) {
			throw new Refused("provider", "care.prestation.noRole");
		}
		BigDecimal tariff = this.tariffs.amountOn(prestation.serviceType(), day)
			.orElseThrow(() -> new Refused("performedOn", "care.prestation.noTariff"));
		if (this.prestations.recordedTwice(prestation)) {
			throw new Refused("performedOn", "care.prestation.duplicate");
		}
		long id;
		try {
			id = this.prestations.insert(prestation, tariff, (by != null) ? by.id() : null);
		}
		catch (DuplicateKeyException ex) {
			// entered at the same moment by someone else: the database's unique index
			// refused it
			throw new Refused("performedOn", "care.prestation.duplicate");
		}
		this.audit.record("care.prestation.recorded", "care_case", prestation.caseId(),
				prestation.serviceType().name());
		return id;
	}

	/** The prestations of a case, newest first. */
	public List<Prestation> ofCase(long caseId) {
		return this.prestations.ofCase(caseId);
	}

	/** One prestation. */
	public Optional<Prestation> prestation(long id) {
		return this.prestations.find(id);
	}

	/**
	 * Validates, rejects (with a reason) or cancels a recorded or validated prestation.
	 * @throws Refused when it is on a statement, paid, or already closed
	 */
	@Transactional
	public void decide(long id, PrestationStatus to, RejectReason reason) {
		Prestation prestation = this.prestations.find(id).orElseThrow();
		boolean allowed = switch (to) {
			case VALIDATED -> prestation.status() == PrestationStatus.RECORDED;
			case REJECTED -> prestation.status().open() && reason != null;
			case CANCELLED -> prestation.status().open();
			default -> false;
		};
		if (!allowed || this.prestations.changeStatus(id, prestation.status(), to,
				(to == PrestationStatus.REJECTED) ? reason : null) == 0) {
			throw new Refused("status", (to == PrestationStatus.REJECTED && reason == null)
					? "care.prestation.reason.required" : "care.prestation.status.notAllowed");
		}
		this.audit.record("care.prestation." + to.name().toLowerCase(java.util.Locale.ROOT), "care_case",
				prestation.caseId(), String.valueOf(id));
	}

	/** Validated prestations of a provider in a period that are on no statement yet. */
	public List<Prestation> validated(long providerId, LocalDate from, LocalDate to) {
		return this.prestations.validated(providerId, from, to);
	}

	/** The prestations on a statement. */
	public List<Prestation> ofStatement(long statementId) {
		return this.prestations.ofStatement(statementId);
	}

	/** Puts validated prestations on a statement (the statements' service calls it). */
	@Transactional
	public int putOnStatement(List<Long> ids, long statementId) {
		return this.prestations.putOnStatement(ids, statementId);
	}

	/** Takes a prestation off a draft statement; it is validated again. */
	@Transactional
	public int takeOff(long id, long statementId) {
		return this.prestations.takeOff(id, statementId);
	}

	/** The prestations of a paid statement are paid. */
	@Transactional
	public int markPaid(long statementId) {
		return this.prestations.markPaid(statementId);
	}

	/**
	 * Demo prestations in one batch: each row is provider id, type, day, units, tariff,
	 * units and tariff again (the amount), status, case code.
	 */
	@Transactional
	public void insertDemo(List<Object[]> rows) {
		this.prestations.insertDemo(rows);
	}

	/**
	 * The services of a calendar year (not cancelled or rejected) by bassin and type
	 * (exact; the figures disclose them): "bassin/type" → count.
	 */
	public java.util.Map<String, Long> services(int year) {
		java.util.Map<String, Long> counts = new java.util.HashMap<>();
		for (java.util.Map<String, Object> row : this.prestations.counts(LocalDate.of(year, 1, 1),
				LocalDate.of(year, 12, 31))) {
			counts.put(row.get("bassin") + "/" + row.get("service_type"), ((Number) row.get("services")).longValue());
		}
		return counts;
	}

}
