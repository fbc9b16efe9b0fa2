package brussels.maillage.plans.dashboards;

import java.time.Clock;

import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The colour legend of the dashboards' deliverables: the thresholds an editor set for a
 * year (or the latest earlier year), else the defaults. Every change is in the audit log.
 */
@Service
@Transactional(readOnly = true)
class DashboardThresholds {

	private final ThresholdRepository thresholds;

	private final AuditLog audit;

	private final Clock clock;

	DashboardThresholds(ThresholdRepository thresholds, AuditLog audit, Clock clock) {
		this.thresholds = thresholds;
		this.audit = audit;
		this.clock = clock;
	}

	Thresholds of(int year) {
		return this.thresholds.applying(year).orElse(Thresholds.DEFAULTS);
	}

	@Transactional
	void set(int year, int reached, int close, String by) {
		if (close >= reached || reached < 1 || close < 0) {
			throw new IllegalArgumentException("close must lie below reached");
		}
		Thresholds before = of(year);
		this.thresholds.save(year, reached, close, this.clock.instant(), by);
		this.audit.record("plans.dashboard.thresholds", "plans_dashboard_threshold", year,
				AuditLog.details("thresholds", before.reached(), before.close(), reached, close));
	}

}
