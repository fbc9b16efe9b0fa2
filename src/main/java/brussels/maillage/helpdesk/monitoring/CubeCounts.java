package brussels.maillage.helpdesk.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.helpdesk.StatisticsReport;

/** The lists of a report, from the sums of the cube: by count, the largest first. */
final class CubeCounts {

	private CubeCounts() {
	}

	/**
	 * The ten services proposed most often, with the names the orientations recorded;
	 * ties broken by name.
	 */
	static List<StatisticsReport.Count> topServices(long[] byService, CubeDictionary services,
			StatisticsCube.ServiceNames names) {
		List<Integer> proposed = new ArrayList<>();
		for (int s = 0; s < byService.length; s++) {
			if (byService[s] > 0) {
				proposed.add(s);
			}
		}
		proposed.sort((a, b) -> Long.compare(byService[b], byService[a]));
		// every service tied with the tenth is kept until the names break the tie
		int keep = proposed.size();
		if (keep > 10) {
			long tenth = byService[proposed.get(9)];
			keep = 10;
			while (keep < proposed.size() && byService[proposed.get(keep)] == tenth) {
				keep++;
			}
		}
		List<Integer> candidates = proposed.subList(0, keep);
		Map<UUID, String> named = names.of(candidates.stream().map((s) -> UUID.fromString(services.code(s))).toList());
		List<StatisticsReport.Count> counts = new ArrayList<>();
		for (int s : candidates) {
			String id = services.code(s);
			counts.add(new StatisticsReport.Count(id, named.getOrDefault(UUID.fromString(id), id), byService[s]));
		}
		counts.sort((a, b) -> (a.count() != b.count()) ? Long.compare(b.count(), a.count())
				: (!a.label().equals(b.label())) ? a.label().compareTo(b.label()) : a.key().compareTo(b.key()));
		return List.copyOf(counts.subList(0, Math.min(10, counts.size())));
	}

	/** The codes counted at least once. */
	static List<StatisticsReport.Count> counts(CubeDictionary codes, long[] counts) {
		List<StatisticsReport.Count> list = new ArrayList<>();
		for (int i = 0; i < counts.length; i++) {
			if (counts[i] > 0) {
				list.add(new StatisticsReport.Count(codes.code(i), null, counts[i]));
			}
		}
		list.sort((a, b) -> (a.count() != b.count()) ? Long.compare(b.count(), a.count()) : a.key().compareTo(b.key()));
		return list;
	}

}
