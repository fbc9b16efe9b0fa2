package brussels.maillage.indicators.definitions;

import java.util.Optional;

import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating and changing indicators, each change in the audit log. */
@Service
@Transactional(readOnly = true)
class IndicatorEditing {

	private final IndicatorRepository indicators;

	private final AuditLog audit;

	IndicatorEditing(IndicatorRepository indicators, AuditLog audit) {
		this.indicators = indicators;
		this.audit = audit;
	}

	Optional<Indicator> find(String code) {
		return this.indicators.find(code);
	}

	@Transactional
	void save(Indicator indicator, String by) {
		boolean existed = this.indicators.find(indicator.code()).isPresent();
		this.indicators.save(indicator, by);
		this.audit.record(existed ? "indicators.indicator.changed" : "indicators.indicator.created",
				"indicator_definition", indicator.code(),
				indicator.numerator() + " / " + indicator.denominator() + " x " + indicator.factor().toPlainString());
	}

}
