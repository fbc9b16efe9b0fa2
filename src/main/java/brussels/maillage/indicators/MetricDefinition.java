package brussels.maillage.indicators;

import java.util.List;
import java.util.Objects;

import brussels.maillage.system.LocalizedText;

/**
 * A metric of the registry: what it counts, defined in French, Dutch and English.
 *
 * @param code the stable code plans and indicators refer to ({@code helpdesk.requests})
 * @param name short name
 * @param definition what is counted, from which records, and what its territory means
 * @param unit the unit's code ({@code requests}, {@code people}, ...)
 * @param aggregation how values combine across territories and periods
 * @param disaggregations the dimensions it can be broken down by besides the territory
 * ({@code kind}, {@code channel}, ...)
 * @param territories the territory codes it is measured for (bassins, {@code REGION},
 * {@code PALLIATIVE}); empty when it is measured for the whole only
 * @param source the module whose records it counts
 */
public record MetricDefinition(String code, LocalizedText name, LocalizedText definition, String unit,
		Aggregation aggregation, List<String> disaggregations, List<String> territories, String source) {

	public MetricDefinition {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(aggregation, "aggregation");
		disaggregations = List.copyOf(disaggregations);
		territories = List.copyOf(territories);
	}

}
