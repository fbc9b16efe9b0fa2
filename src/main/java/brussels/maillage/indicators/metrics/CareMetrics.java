package brussels.maillage.indicators.metrics;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import brussels.maillage.care.CareCounts;
import brussels.maillage.indicators.Aggregation;
import brussels.maillage.indicators.Exactness;

import org.springframework.stereotype.Component;

/**
 * Metrics of case management (Protocole 3), read from {@link CareCounts}: beneficiaries,
 * new cases and services by type per bassin (counts of people and their services, shown
 * outside the care-coordination team through the disclosure control), and the amounts
 * paid to field providers by type for the region as a whole (money paid to professionals,
 * exact).
 */
@Component
class CareMetrics implements MetricSource {

	private static final Map<String, String> NAMES = Map.of("CASE_MANAGEMENT", "caseManagement", "OCCUPATIONAL_THERAPY",
			"occupationalTherapy", "PSYCHOLOGY", "psychology", "COMMUNITY_OF_PRACTICE", "communityOfPractice",
			"CONCERTATION_ORGANISER", "concertationOrganiser");

	private final CareCounts care;

	CareMetrics(CareCounts care) {
		this.care = care;
	}

	@Override
	public List<Metric> metrics() {
		List<Metric> metrics = new ArrayList<>();
		metrics.add(bassins("care.beneficiaries", "people", CareCounts.Bassin::beneficiaries));
		metrics.add(bassins("care.cases.new", "people", CareCounts.Bassin::newCases));
		for (String type : CareCounts.SERVICE_TYPES) {
			metrics.add(bassins("care.services." + NAMES.get(type), "services",
					(bassin) -> bassin.services().getOrDefault(type, 0L)));
		}
		for (String kind : CareCounts.PAID_KINDS) {
			metrics.add(paid("care.paid." + NAMES.get(kind), (paid) -> paid.get(kind)));
		}
		metrics.add(paid("care.paid.total", (paid) -> paid.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
		return metrics;
	}

	private Metric bassins(String code, String unit, ToLongFunction<CareCounts.Bassin> count) {
		return new Metric(code, unit, Aggregation.SUM, Territories.BASSINS, "care", (year, bassin) -> {
			Map<String, CareCounts.Bassin> counts = year.once("care", () -> this.care.byBassin(year.year()));
			if (bassin == null) {
				return Counted.of(counts.values().stream().mapToLong(count).sum());
			}
			CareCounts.Bassin one = counts.get(bassin);
			return (one != null) ? Counted.of(count.applyAsLong(one)) : Counted.NONE;
		});
	}

	private Metric paid(String code, java.util.function.Function<Map<String, BigDecimal>, BigDecimal> amount) {
		return new Metric(code, "euros", Aggregation.SUM, List.of(), "care", (year, territory) -> {
			if (territory != null) {
				return Counted.NONE;
			}
			Map<String, BigDecimal> paid = year.once("care.paid", () -> this.care.paid(year.year()));
			return new Counted(amount.apply(paid), Exactness.EXACT);
		});
	}

}
