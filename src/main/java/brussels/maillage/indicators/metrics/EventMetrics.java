package brussels.maillage.indicators.metrics;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import brussels.maillage.events.EventCounts;
import brussels.maillage.events.EventCounts.Line;
import brussels.maillage.events.EventKind;
import brussels.maillage.indicators.Aggregation;
import brussels.maillage.indicators.Exactness;

import org.springframework.stereotype.Component;

/**
 * Metrics of the events module: events planned, held and cancelled, registrants,
 * attendances and distinct attendees (territory: the one the event is organised for;
 * breakdown by kind), Brus'info sessions held by requesting territory and by delivering
 * team, webinar registrants, open-doors hosts, visitors and visits, community-of-practice
 * meetings and their average attendance.
 */
@Component
class EventMetrics implements MetricSource {

	private static final String SOURCE = "events";

	private static final ToLongFunction<Line> ATTENDANCES = Line::attendances;

	private final EventCounts counts;

	EventMetrics(EventCounts counts) {
		this.counts = counts;
	}

	@Override
	public List<Metric> metrics() {
		return List.of(byTerritory("events.planned", "events", Line::planned),
				byTerritory("events.held", "events", Line::held),
				byTerritory("events.cancelled", "events", Line::cancelled),
				byTerritory("events.registrants", "people", Line::registrants),
				byTerritory("events.attendances", "people", ATTENDANCES),
				new Metric("events.attendees.distinct", "people", Aggregation.DISTINCT_COUNT,
						Territories.REGION_AND_BASSINS, SOURCE, this::distinctAttendees),
				info("events.brusinfo.byRequesting", Line::requesting), info("events.brusinfo.byTeam", Line::team),
				new Metric("events.webinars.registrants", "people", Aggregation.SUM, Territories.REGION_AND_BASSINS,
						SOURCE,
						(year, territory) -> sum(year, territory, Line::territory,
								(line) -> EventKind.WEBINAR.name().equals(line.kind()), Line::registrants)),
				openDoors("events.openDoors.hosts", "hosts", EventCounts.OpenDoorsCount::hosts),
				openDoors("events.openDoors.visitors", "people", EventCounts.OpenDoorsCount::visitors),
				openDoors("events.openDoors.visits", "visits", EventCounts.OpenDoorsCount::visits),
				new Metric("events.communities.meetings", "meetings", Aggregation.SUM, Territories.REGION_AND_BASSINS,
						SOURCE,
						(year, territory) -> Counted.of(this.counts.communities(year.year(), territory).meetings())),
				new Metric("events.communities.averageAttendance", "people", Aggregation.AVERAGE,
						Territories.REGION_AND_BASSINS, SOURCE, (year, territory) -> {
							EventCounts.CommunityCount community = this.counts.communities(year.year(), territory);
							return Counted.average(community.attendances(), community.meetings());
						}));
	}

	private Metric byTerritory(String code, String unit, ToLongFunction<Line> count) {
		Metric.Breakdown byKind = (year, territory) -> {
			Map<String, Counted> values = new TreeMap<>();
			for (EventKind kind : EventKind.values()) {
				values.put(kind.name(),
						sum(year, territory, Line::territory, (line) -> kind.name().equals(line.kind()), count));
			}
			return values;
		};
		return new Metric(code, unit, Aggregation.SUM, Territories.REGION_AND_BASSINS, SOURCE,
				(year, territory) -> sum(year, territory, Line::territory, (line) -> true, count),
				Map.of("kind", byKind));
	}

	private Metric info(String code, Function<Line, String> territoryOf) {
		return new Metric(code, "sessions", Aggregation.SUM, Territories.TEAMS, SOURCE, (year, territory) -> sum(year,
				territory, territoryOf, (line) -> EventKind.INFO_SESSION.name().equals(line.kind()), Line::held));
	}

	private Metric openDoors(String code, String unit, ToLongFunction<EventCounts.OpenDoorsCount> count) {
		return new Metric(code, unit, Aggregation.SUM, Territories.BASSINS, SOURCE,
				(year, territory) -> Counted.of(count.applyAsLong(this.counts.openDoors(year.year(), territory))));
	}

	private Counted sum(YearContext year, String territory, Function<Line, String> territoryOf, Predicate<Line> which,
			ToLongFunction<Line> count) {
		List<Line> lines = year.once("events.lines", () -> this.counts.lines(year.year()));
		long total = 0;
		boolean estimated = false;
		for (Line line : lines) {
			if ((territory == null || territory.equals(territoryOf.apply(line))) && which.test(line)) {
				total += count.applyAsLong(line);
				estimated |= line.estimated() > 0;
			}
		}
		// Only attendances hold estimated headcounts.
		return Counted.of(total, (estimated && count == ATTENDANCES) ? Exactness.ABOUT : Exactness.EXACT);
	}

	private Counted distinctAttendees(YearContext year, String territory) {
		EventCounts.DistinctAttendees distinct = this.counts.distinctAttendees(year.year(), territory);
		return Counted.of(distinct.people(), (distinct.uncountedEvents() > 0) ? Exactness.AT_LEAST : Exactness.EXACT);
	}

}
