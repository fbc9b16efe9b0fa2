package brussels.maillage.helpdesk.monitoring;

/**
 * The dashboard's filters as typed in its form (or in a link): the days of the period and
 * the codes chosen, any of them missing.
 *
 * @param from first day
 * @param to last day
 * @param line line code, or {@code NONE} for requests whose line was not recorded
 * @param bassin bassin code, or {@code NONE} for an unknown bassin
 * @param channel channel
 * @param profession profession
 * @param theme theme code
 * @param kind kind
 */
record DashboardForm(@DashboardDay String from, @DashboardDay String to, String line, String bassin, String channel,
		String profession, String theme, String kind) {

	/** The fields with a rule, in page order, for the error summary. */
	static final String[] FIELDS = { "from", "to" };

}
