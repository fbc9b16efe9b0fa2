package brussels.maillage.indicators.manual;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.indicators.Exactness;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Values typed in for what no record holds and printed forms of figures, each with its
 * reason; every save and removal is written to the audit log with the value before and
 * after.
 */
@Service
@Transactional(readOnly = true)
public class ManualValues {

	private final ManualValueRepository values;

	private final AuditLog audit;

	ManualValues(ManualValueRepository values, AuditLog audit) {
		this.values = values;
		this.audit = audit;
	}

	/** The manual value of a metric, year and territory ({@code null}: the whole). */
	public Optional<ManualValue> find(String metric, int year, String territory) {
		return this.values.find(metric, year, territory);
	}

	/** The year's manual values. */
	public List<ManualValue> ofYear(int year) {
		return this.values.ofYear(year);
	}

	/**
	 * Saves (or replaces) the value of a metric, year and territory; a value, a printed
	 * form or both, and a reason, are required.
	 */
	@Transactional
	public long save(String metric, int year, String territory, BigDecimal value, Exactness exactness, String printed,
			String reason, String by) {
		Objects.requireNonNull(metric, "metric");
		if (value == null && (printed == null || printed.isBlank())) {
			throw new IllegalArgumentException("A manual value has a value or a printed form");
		}
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A manual value has a reason");
		}
		Optional<ManualValue> before = this.values.find(metric, year, territory);
		long id = this.values.save(metric, year, territory, value, (exactness != null) ? exactness : Exactness.EXACT,
				blankToNull(printed), reason.strip(), by);
		this.audit.record("indicators.manual.saved", "indicator_manual_value", id,
				AuditLog.details("manual-value-saved", metric, year, (territory != null) ? territory : "ALL",
						before.map(ManualValues::describe).orElse("-"), describe(value, exactness, printed),
						reason.strip()));
		return id;
	}

	/** Removes a manual value; the measure falls back on the records. */
	@Transactional
	public boolean remove(long id) {
		Optional<ManualValue> before = this.values.find(id);
		if (before.isEmpty()) {
			return false;
		}
		this.values.delete(id);
		this.audit.record("indicators.manual.removed", "indicator_manual_value", id, AuditLog
			.details("manual-value-removed", before.get().metric(), before.get().year(), describe(before.get())));
		return true;
	}

	private static String describe(ManualValue value) {
		return describe(value.value(), value.exactness(), value.printed());
	}

	private static String describe(BigDecimal value, Exactness exactness, String printed) {
		return ((value != null) ? value.toPlainString() : "-") + "/" + exactness + "/"
				+ ((printed != null) ? printed : "-");
	}

	private static String blankToNull(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
