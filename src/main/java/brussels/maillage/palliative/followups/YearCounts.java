package brussels.maillage.palliative.followups;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact counts of a year by bassin; the figures pass them through the disclosure
 * control before anyone outside the palliative team sees them.
 *
 * @param year the calendar year
 * @param started follow-ups that became active in the year, by bassin and kind
 * @param active follow-ups active for at least a day of the year, by bassin and kind
 * @param visits visits of the year by bassin and status
 */
public record YearCounts(int year, Map<String, Map<FollowUpKind, Long>> started,
		Map<String, Map<FollowUpKind, Long>> active, Map<String, Map<VisitStatus, Long>> visits) {

	static YearCounts of(int year, List<Map<String, Object>> followUps, List<Map<String, Object>> visits) {
		Map<String, Map<FollowUpKind, Long>> started = new LinkedHashMap<>();
		Map<String, Map<FollowUpKind, Long>> active = new LinkedHashMap<>();
		for (Map<String, Object> row : followUps) {
			String bassin = (String) row.get("bassin");
			FollowUpKind kind = FollowUpKind.valueOf((String) row.get("kind"));
			started.computeIfAbsent(bassin, (key) -> new LinkedHashMap<>())
				.put(kind, PalliativeFollowUpService.number(row, "started_in"));
			active.computeIfAbsent(bassin, (key) -> new LinkedHashMap<>())
				.put(kind, PalliativeFollowUpService.number(row, "active_in"));
		}
		Map<String, Map<VisitStatus, Long>> byStatus = new LinkedHashMap<>();
		for (Map<String, Object> row : visits) {
			byStatus.computeIfAbsent((String) row.get("bassin"), (key) -> new LinkedHashMap<>())
				.put(VisitStatus.valueOf((String) row.get("status")), PalliativeFollowUpService.number(row, "visits"));
		}
		return new YearCounts(year, started, active, byStatus);
	}

	/** Follow-ups of a kind started in the year in a bassin. */
	public long started(String bassin, FollowUpKind kind) {
		return this.started.getOrDefault(bassin, Map.of()).getOrDefault(kind, 0L);
	}

	/** Follow-ups of a kind active in the year in a bassin. */
	public long active(String bassin, FollowUpKind kind) {
		return this.active.getOrDefault(bassin, Map.of()).getOrDefault(kind, 0L);
	}

	/** Visits of the year with a status in a bassin. */
	public long visits(String bassin, VisitStatus status) {
		return this.visits.getOrDefault(bassin, Map.of()).getOrDefault(status, 0L);
	}

}
