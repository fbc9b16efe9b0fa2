package brussels.maillage.plans.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.plans.plan.PlansService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The annual reports: a year's annexes generated live while the report is a draft,
 * submitted and reviewed; frozen as a snapshot at approval, after which a correction is
 * an erratum with its reason. Every step and erratum is in the audit log.
 */
@Service
@Transactional(readOnly = true)
class AnnualReports {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final ReportGenerator generator;

	private final ReportRepository reports;

	private final PlansService plans;

	private final AuditLog audit;

	private final Clock clock;

	AnnualReports(ReportGenerator generator, ReportRepository reports, PlansService plans, AuditLog audit,
			Clock clock) {
		this.generator = generator;
		this.reports = reports;
		this.plans = plans;
		this.audit = audit;
		this.clock = clock;
	}

	/** Every year that has plans or a report, latest first, with its report's status. */
	public List<Summary> list() {
		Map<Integer, ReportStatus> statuses = this.reports.statuses();
		TreeSet<Integer> years = new TreeSet<>(java.util.Comparator.reverseOrder());
		years.addAll(this.plans.years());
		years.addAll(statuses.keySet());
		return years.stream()
			.map((year) -> new Summary(year, statuses.getOrDefault(year, ReportStatus.DRAFT)))
			.toList();
	}

	/**
	 * The report of {@code year}: live from the records until approved, then its snapshot
	 * with the errata made since.
	 */
	public Report report(int year) {
		ReportStatus status = this.reports.status(year).orElse(ReportStatus.DRAFT);
		List<ReportRepository.Change> history = this.reports.history(year);
		if (status.frozen()) {
			ReportRepository.Snapshot snapshot = this.reports.snapshot(year).orElseThrow();
			return new Report(year, status, JSON.readValue(snapshot.json(), ReportContent.class), snapshot.takenAt(),
					snapshot.takenBy(), history, this.reports.errata(year));
		}
		return new Report(year, status, this.generator.generate(year), null, null, history, List.of());
	}

	/**
	 * Moves the report of {@code year} one step on; approval freezes its snapshot.
	 * @throws ReportRefused when the user may not take that step or it was taken
	 * meanwhile
	 */
	@Transactional
	public void advance(int year, ReportStatus from, CurrentUser user) {
		ReportStatus current = this.reports.status(year).orElse(ReportStatus.DRAFT);
		if (current != from || current.next() == null) {
			throw new ReportRefused("plans.report.error.moved");
		}
		if (!current.advancedBy(user)) {
			throw new ReportRefused("plans.report.error.notAllowed");
		}
		ReportStatus to = current.next();
		var at = this.clock.instant();
		if (!this.reports.move(year, current, to, at, user.getUsername())) {
			throw new ReportRefused("plans.report.error.moved");
		}
		if (to == ReportStatus.APPROVED) {
			this.reports.saveSnapshot(year, JSON.writeValueAsString(this.generator.generate(year)), at,
					user.getUsername());
		}
		this.audit.record("plans.report." + to.name().toLowerCase(java.util.Locale.ROOT), "plans_report", year,
				AuditLog.details("report-status", current, to));
	}

	/**
	 * Corrects one value of an approved report, keeping the value before and the reason.
	 * @throws ReportRefused when the report is not approved or the value is unknown
	 */
	@Transactional
	public UUID correct(int year, String valueKey, BigDecimal newValue, String reason, CurrentUser user) {
		Report report = report(year);
		if (!report.status().frozen()) {
			throw new ReportRefused("plans.report.error.notApproved");
		}
		if (reason == null || reason.isBlank()) {
			throw new ReportRefused("plans.report.erratum.error.reason");
		}
		ReportContent.Value value = report.values().get(valueKey);
		if (value == null) {
			throw new ReportRefused("plans.report.erratum.error.value");
		}
		UUID id = UUID.randomUUID();
		this.reports.addErratum(new Erratum(id, year, valueKey, value.actual(), newValue.stripTrailingZeros(),
				reason.strip(), this.clock.instant(), user.getUsername()));
		this.audit.record("plans.report.erratum", "plans_report", year,
				AuditLog.details("report-erratum", valueKey, value.actual(), newValue.toPlainString(), reason.strip()));
		return id;
	}

	/**
	 * A year's report as shown.
	 *
	 * @param year the year
	 * @param status where it stands
	 * @param content the annexes (the snapshot once approved)
	 * @param approvedAt when it was approved, or {@code null}
	 * @param approvedBy who approved it, or {@code null}
	 * @param history its steps
	 * @param errata corrections made since its approval, in order
	 */
	public record Report(int year, ReportStatus status, ReportContent content, java.time.Instant approvedAt,
			String approvedBy, List<ReportRepository.Change> history, List<Erratum> errata) {

		/** Every value by key, each with its latest erratum applied. */
		public Map<String, ReportContent.Value> values() {
			Map<String, ReportContent.Value> values = new LinkedHashMap<>();
			this.content.values().forEach((value) -> values.put(value.key(), value));
			for (Erratum erratum : this.errata) {
				values.computeIfPresent(erratum.valueKey(), (key, value) -> value.corrected(erratum.newValue()));
			}
			return values;
		}

		/** The latest erratum of each value corrected. */
		public Map<String, Erratum> latestErrata() {
			Map<String, Erratum> latest = new LinkedHashMap<>();
			this.errata.forEach((erratum) -> latest.put(erratum.valueKey(), erratum));
			return latest;
		}

	}

	/**
	 * A year in the list of reports.
	 *
	 * @param year the year
	 * @param status its report's status
	 */
	public record Summary(int year, ReportStatus status) {
	}

}
