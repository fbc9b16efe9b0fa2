package brussels.maillage.plans.dashboards;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.governance.GovernanceCounts;
import brussels.maillage.governance.GovernanceCoverage;
import brussels.maillage.plans.dashboards.BarChart.Entry;
import brussels.maillage.plans.dashboards.BarChart.Part;
import brussels.maillage.plans.dashboards.BarChart.Style;

import org.springframework.stereotype.Component;

/**
 * The governance panels of a council's dashboard, each for the council's own territory
 * only: meetings held against the 3 planned, syntheses published in French and in Dutch,
 * the council's category coverage, and proposals by status.
 */
@Component
class CouncilPanels {

	/** Meetings a council (and a series of change workshops) holds in a year. */
	static final int MEETINGS_PER_YEAR = 3;

	private static final List<String> KINDS = List.of("BASSIN_COUNCIL", "REGIONAL_COUNCIL", "WORKSHOP_SERIES",
			"CONSULTATION_SERIES", "WORKING_GROUP");

	private final GovernanceCounts counts;

	private final GovernanceCoverage coverage;

	CouncilPanels(GovernanceCounts counts, GovernanceCoverage coverage) {
		this.counts = counts;
		this.coverage = coverage;
	}

	List<Panel> panels(String territory, int year, Texts texts) {
		Map<String, long[]> meetings = meetings(territory, year);
		return List.of(meetingsPanel(meetings, texts), synthesesPanel(territory, year, meetings, texts),
				coveragePanel(territory, year, texts), proposalsPanel(territory, year, texts));
	}

	/** Per body kind of the territory: planned, held, cancelled. */
	private Map<String, long[]> meetings(String territory, int year) {
		Map<String, long[]> byKind = new LinkedHashMap<>();
		List<GovernanceCounts.BodyYear> lines = this.counts.meetings(year);
		for (String kind : KINDS) {
			for (GovernanceCounts.BodyYear line : lines) {
				if (kind.equals(line.kind()) && territory.equals(line.territory())) {
					long[] sum = byKind.computeIfAbsent(kind, (k) -> new long[3]);
					sum[0] += line.planned();
					sum[1] += line.held();
					sum[2] += line.cancelled();
				}
			}
		}
		return byKind;
	}

	private Panel meetingsPanel(Map<String, long[]> meetings, Texts texts) {
		List<Entry> entries = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (Map.Entry<String, long[]> kind : meetings.entrySet()) {
			long planned = kind.getValue()[0];
			long held = kind.getValue()[1];
			long cancelled = kind.getValue()[2];
			long open = Math.max(planned - held - cancelled, 0);
			boolean counted = kind.getKey().endsWith("COUNCIL") || kind.getKey().equals("WORKSHOP_SERIES");
			String label = texts.orElse("governance.kind." + kind.getKey(), Texts.readable(kind.getKey()));
			String target = counted ? texts.number(MEETINGS_PER_YEAR) : "–";
			String text = texts.get("plans.dashboard.meetings.bar", texts.number(held), texts.number(planned),
					texts.number(cancelled));
			if (counted) {
				text = texts.get("plans.dashboard.meetings.barTarget", text, target);
			}
			entries
				.add(new Entry(label, text, List.of(new Part(held, Style.COUNT), new Part(cancelled, Style.CANCELLED),
						new Part(open, Style.OPEN)), counted ? (double) MEETINGS_PER_YEAR : null));
			rows.add(List.of(label, texts.number(planned), texts.number(held), texts.number(cancelled),
					texts.number(cancelled + open), target));
		}
		String title = texts.get("plans.dashboard.meetings.title");
		List<String> notes = new ArrayList<>(List.of(texts.get("plans.dashboard.meetings.lead", MEETINGS_PER_YEAR)));
		if (meetings.isEmpty()) {
			notes.add(texts.get("plans.dashboard.meetings.none"));
		}
		return new Panel("meetings", title, notes,
				entries.isEmpty() ? null : BarChart.of("meetings-chart", title, entries),
				legend(List.of(Style.COUNT, Style.CANCELLED, Style.OPEN), texts),
				new Panel.Table(title,
						List.of(texts.get("plans.dashboard.column.body"), texts.get("plans.dashboard.column.planned"),
								texts.get("plans.dashboard.column.held"), texts.get("plans.dashboard.column.cancelled"),
								texts.get("plans.dashboard.column.notHeld"),
								texts.get("plans.dashboard.column.target")),
						rows));
	}

	private Panel synthesesPanel(String territory, int year, Map<String, long[]> meetings, Texts texts) {
		long fr = 0;
		long nl = 0;
		for (GovernanceCounts.Syntheses line : this.counts.syntheses(year)) {
			if (territory.equals(line.territory())) {
				fr += line.french();
				nl += line.dutch();
			}
		}
		long held = meetings.values().stream().mapToLong((m) -> m[1]).sum();
		String title = texts.get("plans.dashboard.syntheses.title");
		String french = texts.get("plans.dashboard.syntheses.fr");
		String dutch = texts.get("plans.dashboard.syntheses.nl");
		List<Entry> entries = List.of(
				Entry.single(french, texts.ratio(fr, held), (double) fr, Style.COUNT, (double) held),
				Entry.single(dutch, texts.ratio(nl, held), (double) nl, Style.COUNT, (double) held));
		return new Panel("syntheses", title, List.of(texts.get("plans.dashboard.syntheses.lead")),
				BarChart.of("syntheses-chart", title, entries), List.of(),
				new Panel.Table(title,
						List.of(texts.get("plans.dashboard.column.language"),
								texts.get("plans.dashboard.column.published"), texts.get("plans.dashboard.column.held"),
								texts.get("plans.dashboard.column.share")),
						List.of(List.of(french, texts.number(fr), texts.number(held), texts.ratio(fr, held)),
								List.of(dutch, texts.number(nl), texts.number(held), texts.ratio(nl, held)))));
	}

	private Panel coveragePanel(String territory, int year, Texts texts) {
		String title = texts.get("plans.dashboard.coverage.title");
		GovernanceCoverage.Council council = this.coverage.council(territory, year).orElse(null);
		List<String> columns = List.of(texts.get("plans.dashboard.column.category"),
				texts.get("plans.dashboard.column.invited"), texts.get("plans.dashboard.column.member"),
				texts.get("plans.dashboard.column.present"));
		if (council == null || council.categories().isEmpty()) {
			return new Panel("coverage", title, List.of(texts.get("plans.dashboard.coverage.noCouncil")), null,
					List.of(), new Panel.Table(title, columns, List.of()));
		}
		long total = council.categories().size();
		long invited = council.categories().stream().filter(GovernanceCoverage.Category::invited).count();
		long member = council.categories().stream().filter(GovernanceCoverage.Category::member).count();
		long present = council.categories().stream().filter(GovernanceCoverage.Category::present).count();
		List<String> notes = new ArrayList<>();
		notes.add(texts.get("plans.dashboard.coverage.lead", council.name().in(texts.locale()).text(), total));
		if (invited == 0) {
			notes.add(texts.get("plans.dashboard.coverage.noComposition", String.valueOf(year)));
		}
		List<Entry> entries = List.of(
				Entry.single(columns.get(1), texts.ratio(invited, total), (double) invited, Style.COUNT,
						(double) total),
				Entry.single(columns.get(2), texts.ratio(member, total), (double) member, Style.COUNT, (double) total),
				Entry.single(columns.get(3), texts.ratio(present, total), (double) present, Style.COUNT,
						(double) total));
		List<List<String>> rows = council.categories()
			.stream()
			.map((category) -> List.of(category.name().in(texts.locale()).text(), texts.yesNo(category.invited()),
					texts.yesNo(category.member()), texts.yesNo(category.present())))
			.toList();
		return new Panel("coverage", title, notes, BarChart.of("coverage-chart", title, entries), List.of(),
				new Panel.Table(title, columns, rows));
	}

	private Panel proposalsPanel(String territory, int year, Texts texts) {
		String title = texts.get("plans.dashboard.proposals.title");
		List<Entry> entries = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (GovernanceCounts.Proposals line : this.counts.proposals(year)) {
			if (!territory.equals(line.territory())) {
				continue;
			}
			// Statuses are read as codes: a status another version adds still gets a
			// label.
			String label = texts.orElse("governance.proposal.status." + line.status(), Texts.readable(line.status()));
			entries.add(Entry.single(label, texts.number(line.count()), (double) line.count(), Style.COUNT, null));
			rows.add(List.of(label, texts.number(line.count())));
		}
		List<String> notes = entries.isEmpty() ? List.of(texts.get("plans.dashboard.proposals.none"))
				: List.of(texts.get("plans.dashboard.proposals.lead"));
		return new Panel("proposals", title, notes,
				entries.isEmpty() ? null : BarChart.of("proposals-chart", title, entries), List.of(),
				new Panel.Table(title,
						List.of(texts.get("plans.dashboard.column.status"), texts.get("plans.dashboard.column.count")),
						rows));
	}

	static List<Panel.Legend> legend(List<Style> styles, Texts texts) {
		return styles.stream().map((style) -> new Panel.Legend(style, texts.get(style.legendKey()))).toList();
	}

}
