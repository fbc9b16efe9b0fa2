package brussels.maillage.indicators.metrics;

import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import brussels.maillage.focus.FocusCounts;
import brussels.maillage.indicators.Aggregation;
import brussels.maillage.palliative.PalliativeCounts;
import brussels.maillage.prevention.PreventionCounts;

import org.springframework.stereotype.Component;

/**
 * Metrics of prevention (Rendez-vous sessions and their headcounts, by bassin), Focus
 * (repertoires published or updated, for the region as a whole) and the palliative
 * platform (conventions signed, follow-ups, visits by bassin; volunteers trained, for the
 * platform as a whole).
 */
@Component
class OtherMetrics implements MetricSource {

	private final PreventionCounts prevention;

	private final FocusCounts focus;

	private final PalliativeCounts palliative;

	OtherMetrics(PreventionCounts prevention, FocusCounts focus, PalliativeCounts palliative) {
		this.prevention = prevention;
		this.focus = focus;
		this.palliative = palliative;
	}

	@Override
	public List<Metric> metrics() {
		return List.of(new Metric("prevention.rendezvous.sessions", "sessions", Aggregation.SUM, Territories.BASSINS,
				"prevention", (year, bassin) -> Counted.of(this.prevention.rendezvous(year.year(), bassin).sessions())),
				new Metric("prevention.rendezvous.attendances", "people", Aggregation.SUM, Territories.BASSINS,
						"prevention",
						(year, bassin) -> Counted.of(this.prevention.rendezvous(year.year(), bassin).people())),
				new Metric("focus.repertoires.published", "repertoires", Aggregation.SUM, List.of(), "focus",
						(year, territory) -> (territory == null)
								? Counted.of(this.focus.repertoires(year.year()).published()) : Counted.NONE),
				new Metric("focus.repertoires.updated", "repertoires", Aggregation.SUM, List.of(), "focus",
						(year, territory) -> (territory == null)
								? Counted.of(this.focus.repertoires(year.year()).updated()) : Counted.NONE),
				palliative("palliative.conventions.signed", "conventions", PalliativeCounts.Bassin::conventionsSigned),
				palliative("palliative.followUps.started", "followUps", PalliativeCounts.Bassin::followUpsStarted),
				palliative("palliative.visits.held", "visits", PalliativeCounts.Bassin::visitsHeld),
				new Metric("palliative.volunteers.trained", "people", Aggregation.SUM, List.of("PALLIATIVE"),
						"palliative", (year, territory) -> (territory == null || "PALLIATIVE".equals(territory))
								? Counted.of(this.palliative.volunteersTrained(year.year())) : Counted.NONE));
	}

	private Metric palliative(String code, String unit, ToLongFunction<PalliativeCounts.Bassin> count) {
		return new Metric(code, unit, Aggregation.SUM, Territories.BASSINS, "palliative", (year, bassin) -> {
			Map<String, PalliativeCounts.Bassin> counts = year.once("palliative",
					() -> this.palliative.byBassin(year.year()));
			if (bassin == null) {
				return Counted.of(counts.values().stream().mapToLong(count).sum());
			}
			PalliativeCounts.Bassin one = counts.get(bassin);
			return (one != null) ? Counted.of(count.applyAsLong(one)) : Counted.NONE;
		});
	}

}
