package brussels.maillage.plans.plan;

import brussels.maillage.indicators.Metrics;

import org.springframework.stereotype.Component;

/**
 * The metrics a deliverable can name: those of the indicators module's registry, the ones
 * Maillage can measure from its records.
 */
@Component
class RegistryMetrics implements KnownMetrics {

	private final Metrics metrics;

	RegistryMetrics(Metrics metrics) {
		this.metrics = metrics;
	}

	@Override
	public boolean known(String code) {
		return code != null && this.metrics.find(code).isPresent();
	}

}
