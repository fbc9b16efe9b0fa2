package brussels.maillage.helpdesk.monitoring;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;

/**
 * The dashboard's filters as typed, the filter they make, and a message per field that
 * could not be read (the period then falls back to the current year).
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
 * @param errors message key per field
 */
record DashboardFilters(String from, String to, String line, String bassin, String channel, String profession,
		String theme, String kind, StatisticsFilter filter, Map<String, String> errors) {

	/** Reads the filters; unknown choices are ignored, unreadable dates reported. */
	static DashboardFilters read(String from, String to, String line, String bassin, String channel, String profession,
			String theme, String kind, List<String> lines, List<String> themes, LocalDate today) {
		Map<String, String> errors = new LinkedHashMap<>();
		LocalDate first = date(from, "from", errors);
		LocalDate last = date(to, "to", errors);
		LocalDate start = (first != null) ? first : LocalDate.of(today.getYear(), 1, 1);
		LocalDate end = (last != null) ? last : LocalDate.of(start.getYear(), 12, 31);
		if (end.isBefore(start)) {
			errors.put("to", "helpdesk.dashboard.error.toBeforeFrom");
			end = LocalDate.of(start.getYear(), 12, 31);
		}
		if (end.isAfter(start.plusYears(20))) {
			errors.put("to", "helpdesk.dashboard.error.tooLong");
			end = start.plusYears(20);
		}
		String chosenLine = (line != null && (StatisticsFilter.UNRECORDED.equals(line) || lines.contains(line))) ? line
				: null;
		String chosenBassin = (bassin != null
				&& (StatisticsReport.NONE.equals(bassin) || StatisticsFilter.BASSINS.contains(bassin))) ? bassin : null;
		String chosenTheme = (theme != null && themes.contains(theme)) ? theme : null;
		StatisticsFilter filter = new StatisticsFilter(start, end, chosenLine, chosenBassin,
				parse(Channel.class, channel), parse(Profession.class, profession), chosenTheme,
				parse(RequestKind.class, kind));
		return new DashboardFilters((from != null) ? from : start.toString(), (to != null) ? to : end.toString(),
				chosenLine, chosenBassin, (filter.channel() != null) ? filter.channel().name() : null,
				(filter.profession() != null) ? filter.profession().name() : null, chosenTheme,
				(filter.kind() != null) ? filter.kind().name() : null, filter, errors);
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

	private static LocalDate date(String value, String field, Map<String, String> errors) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			LocalDate date = LocalDate.parse(value.strip());
			if (date.getYear() < 2000 || date.getYear() > 2100) {
				errors.put(field, "helpdesk.dashboard.error.date");
				return null;
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			errors.put(field, "helpdesk.dashboard.error.date");
			return null;
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
