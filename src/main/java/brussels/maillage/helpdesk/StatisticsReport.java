package brussels.maillage.helpdesk;

import java.time.YearMonth;
import java.util.List;

/**
 * Counts of the requests of a period, as the dashboard shows them and the API returns
 * them. Drafts from the e-mail intake are not counted until a respondent completes them.
 *
 * @param filter what was counted
 * @param total number of requests
 * @param unmetNeeds number of requests that ended as an unmet need
 * @param minutesSpent total time spent, in minutes
 * @param byChannel per channel
 * @param byLine per line ({@code NONE}: not recorded)
 * @param byBassin per bassin of the situation ({@code NONE}: unknown)
 * @param byKind per kind
 * @param byProfession per profession ({@code NONE}: not recorded)
 * @param byTheme per theme (a request may have several)
 * @param monthly per month of the period
 * @param orientations services most often proposed
 * @param unmetByThemeAndBassin unmet needs per theme and bassin
 */
public record StatisticsReport(StatisticsFilter filter, long total, long unmetNeeds, long minutesSpent,
		List<Count> byChannel, List<Count> byLine, List<Count> byBassin, List<Count> byKind, List<Count> byProfession,
		List<Count> byTheme, List<MonthCount> monthly, List<Count> orientations, List<Cell> unmetByThemeAndBassin) {

	/** The code for "not recorded" in the counts. */
	public static final String NONE = "NONE";

	/** The count of {@code key} in {@code counts}, 0 when absent. */
	public static long count(List<Count> counts, String key) {
		return counts.stream().filter((count) -> count.key().equals(key)).mapToLong(Count::count).sum();
	}

	/**
	 * A count.
	 *
	 * @param key what was counted (a code, or a service id)
	 * @param label a name, for services; otherwise {@code null}
	 * @param count how many
	 */
	public record Count(String key, String label, long count) {
	}

	/**
	 * The requests of one month.
	 *
	 * @param month the month
	 * @param count how many
	 */
	public record MonthCount(YearMonth month, long count) {
	}

	/**
	 * Unmet needs of a theme in a bassin.
	 *
	 * @param theme theme code ({@code NONE}: no theme)
	 * @param bassin bassin code ({@code NONE}: unknown)
	 * @param count how many
	 */
	public record Cell(String theme, String bassin, long count) {
	}

}
