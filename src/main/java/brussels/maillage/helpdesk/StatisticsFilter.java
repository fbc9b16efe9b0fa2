package brussels.maillage.helpdesk;

import java.time.LocalDate;
import java.util.List;

/**
 * What the dashboard and the statistics API count: a period (both days included) and
 * optional filters.
 *
 * @param from first day
 * @param to last day
 * @param line a line code, {@link #UNRECORDED} for requests whose line was not recorded,
 * or {@code null} for all
 * @param bassin bassin of the situation, or {@code null}
 * @param channel channel, or {@code null}
 * @param profession the caller's profession, or {@code null}
 * @param theme a theme code, or {@code null}
 * @param kind kind, or {@code null}
 */
public record StatisticsFilter(LocalDate from, LocalDate to, String line, String bassin, Channel channel,
		Profession profession, String theme, RequestKind kind) {

	/** The line filter for requests whose line was not recorded. */
	public static final String UNRECORDED = "NONE";

	/** The bassins a situation may be in, the codes the bassin filter takes. */
	public static final List<String> BASSINS = List.of("NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST");

	public StatisticsFilter {
		if (from == null || to == null) {
			throw new IllegalArgumentException("A period has a first and a last day");
		}
		if (to.isBefore(from)) {
			throw new IllegalArgumentException("The period ends before it starts");
		}
	}

	/** The whole of one calendar year, without filters. */
	public static StatisticsFilter year(int year) {
		return new StatisticsFilter(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null, null, null, null, null,
				null);
	}

}
