package brussels.maillage.indicators.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import brussels.maillage.governance.GovernanceCounts;
import brussels.maillage.governance.GovernanceCounts.BodyYear;
import brussels.maillage.governance.GovernanceCounts.Syntheses;
import brussels.maillage.indicators.Aggregation;

import org.springframework.stereotype.Component;

/**
 * Metrics of the participative bodies (territory: the body's bassin or the region;
 * breakdown by kind of body): meetings planned, held and cancelled, participants,
 * syntheses published (in French, in Dutch, in either), proposals submitted (breakdown by
 * status).
 */
@Component
class GovernanceMetrics implements MetricSource {

	private static final String SOURCE = "governance";

	private final GovernanceCounts counts;

	GovernanceMetrics(GovernanceCounts counts) {
		this.counts = counts;
	}

	@Override
	public List<Metric> metrics() {
		return List.of(meetings("governance.meetings.planned", BodyYear::planned),
				meetings("governance.meetings.held", BodyYear::held),
				meetings("governance.meetings.cancelled", BodyYear::cancelled),
				meetings("governance.meetings.participants", BodyYear::participants),
				held("governance.workshops.held", (line) -> "WORKSHOP_SERIES".equals(line.kind())),
				held("governance.councils.held",
						(line) -> "BASSIN_COUNCIL".equals(line.kind()) || "REGIONAL_COUNCIL".equals(line.kind())),
				held("governance.consultations.mentalHealth.held", (line) -> consultation(line, "MENTAL_HEALTH")),
				held("governance.consultations.prevention.held", (line) -> consultation(line, "PREVENTION")),
				held("governance.consultations.hospitalLiaison.held", (line) -> consultation(line, "HOSPITAL_LIAISON")),
				syntheses("governance.syntheses.published", Syntheses::published),
				syntheses("governance.syntheses.publishedFr", Syntheses::french),
				syntheses("governance.syntheses.publishedNl", Syntheses::dutch),
				new Metric("governance.proposals", "proposals", Aggregation.SUM, Territories.REGION_AND_BASSINS, SOURCE,
						(year, territory) -> Counted.of(proposals(year).stream()
							.filter((line) -> territory == null || territory.equals(line.territory()))
							.mapToLong(GovernanceCounts.Proposals::count)
							.sum()),
						Map.of("status", (year, territory) -> {
							Map<String, Counted> values = new TreeMap<>();
							for (GovernanceCounts.Proposals line : proposals(year)) {
								if (territory == null || territory.equals(line.territory())) {
									values.merge(line.status(), Counted.of(line.count()),
											(a, b) -> new Counted(a.value().add(b.value()), a.exactness()));
								}
							}
							return values;
						})));
	}

	private Metric meetings(String code, ToLongFunction<BodyYear> count) {
		Map<String, Metric.Breakdown> breakdowns = new java.util.HashMap<>();
		if (code.endsWith("participants")) {
			// Per meeting held ("KIND/2024-07-02"), as the annual report prints them.
			breakdowns.put("meeting", (year, territory) -> {
				Map<String, Counted> values = new TreeMap<>();
				for (GovernanceCounts.HeldMeeting line : year.once("governance.heldMeetings",
						() -> this.counts.heldMeetings(year.year()))) {
					if (territory == null || territory.equals(line.territory())) {
						values.merge(line.kind() + "/" + line.day(), Counted.of(line.participants()),
								(a, b) -> new Counted(a.value().add(b.value()), a.exactness()));
					}
				}
				return values;
			});
		}
		breakdowns.put("kind", (year, territory) -> {
			Map<String, Counted> values = new TreeMap<>();
			for (BodyYear line : bodies(year)) {
				if (territory == null || territory.equals(line.territory())) {
					values.merge(line.kind(), Counted.of(count.applyAsLong(line)),
							(a, b) -> new Counted(a.value().add(b.value()), a.exactness()));
				}
			}
			return values;
		});
		return new Metric(code, code.endsWith("participants") ? "people" : "meetings", Aggregation.SUM,
				Territories.REGION_AND_BASSINS, SOURCE,
				(year, territory) -> Counted.of(bodies(year).stream()
					.filter((line) -> territory == null || territory.equals(line.territory()))
					.mapToLong(count)
					.sum()),
				breakdowns);
	}

	/**
	 * Meetings held by the bodies {@code of} selects: the change workshops, the councils,
	 * the consultations of one theme, as a plan's deliverable counts them ("3 rencontres"
	 * of the Ateliers du changement, not every meeting of the bassin).
	 */
	private Metric held(String code, Predicate<BodyYear> of) {
		return new Metric(code, "meetings", Aggregation.SUM, Territories.REGION_AND_BASSINS, SOURCE,
				(year, territory) -> Counted.of(bodies(year).stream()
					.filter(of)
					.filter((line) -> territory == null || territory.equals(line.territory()))
					.mapToLong(BodyYear::held)
					.sum()),
				Map.of());
	}

	private static boolean consultation(BodyYear line, String theme) {
		return "CONSULTATION_SERIES".equals(line.kind()) && theme.equals(line.theme());
	}

	private Metric syntheses(String code, ToLongFunction<Syntheses> count) {
		return new Metric(code, "syntheses", Aggregation.SUM, Territories.REGION_AND_BASSINS, SOURCE,
				(year, territory) -> Counted.of(syntheses(year).stream()
					.filter((line) -> territory == null || territory.equals(line.territory()))
					.mapToLong(count)
					.sum()),
				Map.of("kind", (year, territory) -> {
					Map<String, Counted> values = new TreeMap<>();
					for (Syntheses line : syntheses(year)) {
						if (territory == null || territory.equals(line.territory())) {
							values.merge(line.kind(), Counted.of(count.applyAsLong(line)),
									(a, b) -> new Counted(a.value().add(b.value()), a.exactness()));
						}
					}
					return values;
				}));
	}

	private List<Syntheses> syntheses(YearContext year) {
		return year.once("governance.syntheses", () -> this.counts.syntheses(year.year()));
	}

	private List<BodyYear> bodies(YearContext year) {
		return year.once("governance.meetings", () -> this.counts.meetings(year.year()));
	}

	private List<GovernanceCounts.Proposals> proposals(YearContext year) {
		return year.once("governance.proposals", () -> this.counts.proposals(year.year()));
	}

}
