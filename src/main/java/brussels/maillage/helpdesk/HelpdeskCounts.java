package brussels.maillage.helpdesk;

/**
 * The helpdesk's figures for other modules: the statistics of a period, and a count they
 * lack for the indicators. Drafts of the e-mail intake count for nothing. It is
 * implemented in {@code helpdesk.monitoring}, which reads the daily aggregates the
 * requests keep.
 */
public interface HelpdeskCounts {

	/** Counts of the requests that match {@code filter}. */
	StatisticsReport statistics(StatisticsFilter filter);

	/**
	 * Services proposed (orientations given) to the requests received in {@code year},
	 * for requests of one bassin of the situation or all ({@code null}); the statistics
	 * list only the ten services proposed most often.
	 */
	long orientations(int year, String bassin);

}
