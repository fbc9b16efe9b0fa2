package brussels.maillage.helpdesk.monitoring;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;

import org.springframework.validation.Errors;

/**
 * The dashboard's filters as read from its form, and the filter they make: unknown
 * choices are ignored, and a period that cannot be used falls back to the current year
 * (or is cut to 20 years), with the reason added to the form's errors.
 *
 * @param from first day as typed
 * @param to last day as typed
 * @param line line code as chosen
 * @param bassin bassin as chosen
 * @param channel channel as chosen
 * @param profession profession as chosen
 * @param theme theme code as chosen
 * @param kind kind as chosen
 * @param filter the filter used
 */
record DashboardFilters(String from, String to, String line, String bassin, String channel, String profession,
		String theme, String kind, StatisticsFilter filter) {

	static final String TO_BEFORE_FROM = "helpdesk.dashboard.error.toBeforeFrom";

	static final String TOO_LONG = "helpdesk.dashboard.error.tooLong";

	/**
	 * Reads the filters of {@code form}, whose days Bean Validation has checked; adds to
	 * {@code errors} what is wrong with the period as a whole.
	 */
	static DashboardFilters read(DashboardForm form, Errors errors, List<String> lines, List<String> themes,
			LocalDate today) {
		LocalDate first = DashboardDay.Check.parse(form.from());
		LocalDate last = DashboardDay.Check.parse(form.to());
		LocalDate start = (first != null) ? first : LocalDate.of(today.getYear(), 1, 1);
		LocalDate end = (last != null) ? last : LocalDate.of(start.getYear(), 12, 31);
		if (end.isBefore(start)) {
			errors.rejectValue("to", TO_BEFORE_FROM);
			end = LocalDate.of(start.getYear(), 12, 31);
		}
		if (end.isAfter(start.plusYears(20))) {
			errors.rejectValue("to", TOO_LONG);
			end = start.plusYears(20);
		}
		String line = form.line();
		String chosenLine = (line != null && (StatisticsFilter.UNRECORDED.equals(line) || lines.contains(line))) ? line
				: null;
		String bassin = form.bassin();
		String chosenBassin = (bassin != null
				&& (StatisticsReport.NONE.equals(bassin) || StatisticsFilter.BASSINS.contains(bassin))) ? bassin : null;
		String chosenTheme = (form.theme() != null && themes.contains(form.theme())) ? form.theme() : null;
		StatisticsFilter filter = new StatisticsFilter(start, end, chosenLine, chosenBassin,
				parse(Channel.class, form.channel()), parse(Profession.class, form.profession()), chosenTheme,
				parse(RequestKind.class, form.kind()));
		return new DashboardFilters((form.from() != null) ? form.from() : start.toString(),
				(form.to() != null) ? form.to() : end.toString(), chosenLine, chosenBassin,
				(filter.channel() != null) ? filter.channel().name() : null,
				(filter.profession() != null) ? filter.profession().name() : null, chosenTheme,
				(filter.kind() != null) ? filter.kind().name() : null, filter);
	}

	/** The same filters as a query string, for exports and links. */
	public String query() {
		StringBuilder query = new StringBuilder("from=").append(this.filter.from())
			.append("&to=")
			.append(this.filter.to());
		append(query, "line", this.line);
		append(query, "bassin", this.bassin);
		append(query, "channel", this.channel);
		append(query, "profession", this.profession);
		append(query, "theme", this.theme);
		append(query, "kind", this.kind);
		return query.toString();
	}

	private static void append(StringBuilder query, String name, String value) {
		if (value != null) {
			query.append('&').append(name).append('=').append(value);
		}
	}

	/** The constant of {@code type} named {@code value}, or {@code null}. */
	static <E extends Enum<E>> E parse(Class<E> type, String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(value.strip())) {
				return candidate;
			}
		}
		return null;
	}

}
