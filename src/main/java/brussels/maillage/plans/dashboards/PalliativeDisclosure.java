package brussels.maillage.plans.dashboards;

import java.util.List;
import java.util.Map;
import java.util.Set;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.indicators.Measure;
import brussels.maillage.indicators.MetricDefinition;
import brussels.maillage.system.CountTable;
import brussels.maillage.system.DisclosedTable;
import brussels.maillage.system.DisclosureControl;
import brussels.maillage.system.DisclosureControl.Reader;

import org.springframework.stereotype.Component;

/**
 * The palliative platform's counts of people (follow-ups, visits, volunteers) as a reader
 * outside the palliative team may see them, through the disclosure control, as the
 * indicators' catalogue shows them: small counts "&lt;5", cells that would let them be
 * recomputed hidden. The palliative team sees exact counts.
 */
@Component
class PalliativeDisclosure {

	/** Units of the palliative metrics that count people (or their visits). */
	private static final Set<String> PEOPLE = Set.of("people", "followUps", "visits");

	private final DisclosureControl disclosure;

	PalliativeDisclosure(DisclosureControl disclosure) {
		this.disclosure = disclosure;
	}

	/** How {@code user} reads the palliative counts: exactly as a team member. */
	static Reader reader(CurrentUser user) {
		return (user != null && user.territories().contains(TerritoryScope.PALLIATIVE)) ? Reader.OWNING_TEAM
				: Reader.OTHER;
	}

	/**
	 * Whether the values of {@code metric} go through the disclosure control for
	 * {@code reader}: counts of people of the platform, all counted from records.
	 */
	boolean protects(MetricDefinition metric, Map<String, Measure> values, Reader reader) {
		return reader == Reader.OTHER && "palliative".equals(metric.source()) && PEOPLE.contains(metric.unit())
				&& !values.isEmpty() && values.values().stream().allMatch((m) -> m.hasData() && !m.manual());
	}

	/** One metric's values per territory as {@code reader} may see them. */
	DisclosedTable disclose(MetricDefinition metric, Map<String, Measure> values, Reader reader) {
		List<String> territories = List.copyOf(values.keySet());
		long[][] counts = new long[1][territories.size()];
		for (int i = 0; i < territories.size(); i++) {
			counts[0][i] = values.get(territories.get(i)).value().longValueExact();
		}
		return this.disclosure.disclose(new CountTable(List.of(metric.code()), territories, counts), reader);
	}

}
