package brussels.maillage.helpdesk.requests;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;

/**
 * The test's own account of the requests it created, counted in plain Java from what the
 * dashboard's filters mean to a respondent (a period of Brussels days, both included; a
 * line, "not recorded", a bassin, "unknown", a channel, a profession, a theme, a kind),
 * independently of how the application stores or counts them. The figures of the
 * dashboard must move by exactly what this ledger counts.
 */
final class Ledger {

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	/**
	 * The requests as they stand now, by id; a draft is not in the ledger until
	 * completed.
	 */
	private final Map<Long, RequestData> requests = new LinkedHashMap<>();

	void put(long id, RequestData data) {
		this.requests.put(id, data);
	}

	/** A transfer to another line changes the line the request is counted on. */
	void transfer(long id, String toLine) {
		RequestData data = this.requests.get(id);
		this.requests.put(id,
				new RequestData(data.receivedAt(), data.channel(), toLine, data.profession(), data.organisationType(),
						data.organisationId(), data.postcode(), data.communeNis(), data.bassin(), data.quartier(),
						data.kind(), data.summary(), data.themes(), data.orientations(), data.unmetNeed(),
						data.unmetReason(), data.followUps(), data.status(), data.minutesSpent()));
	}

	/** The figures of the ledger's requests that the filter selects. */
	Figures count(StatisticsFilter filter) {
		Figures figures = new Figures();
		for (RequestData request : this.requests.values()) {
			if (!selects(filter, request)) {
				continue;
			}
			figures.total++;
			figures.minutes += (request.minutesSpent() != null) ? request.minutesSpent() : 0;
			add(figures.byChannel, request.channel().name());
			add(figures.byLine, orNone(request.lineCode()));
			add(figures.byBassin, orNone(request.bassin()));
			add(figures.byKind, request.kind().name());
			add(figures.byProfession, (request.profession() != null) ? request.profession().name() : "NONE");
			request.themes().forEach((theme) -> add(figures.byTheme, theme));
			add(figures.byMonth, YearMonth.from(day(request)).toString());
			request.orientations()
				.forEach((orientation) -> add(figures.orientations, orientation.serviceId().toString()));
			if (request.unmetNeed()) {
				figures.unmet++;
				if (request.themes().isEmpty()) {
					add(figures.unmetCells, "NONE/" + orNone(request.bassin()));
				}
				request.themes().forEach((theme) -> add(figures.unmetCells, theme + "/" + orNone(request.bassin())));
			}
		}
		return figures;
	}

	private static boolean selects(StatisticsFilter filter, RequestData request) {
		LocalDate day = day(request);
		if (day.isBefore(filter.from()) || day.isAfter(filter.to())) {
			return false;
		}
		if (filter.line() != null && !Objects.equals(orNone(request.lineCode()), filter.line())) {
			return false;
		}
		if (filter.bassin() != null && !Objects.equals(orNone(request.bassin()), filter.bassin())) {
			return false;
		}
		if (filter.channel() != null && request.channel() != filter.channel()) {
			return false;
		}
		if (filter.profession() != null && request.profession() != filter.profession()) {
			return false;
		}
		if (filter.kind() != null && request.kind() != filter.kind()) {
			return false;
		}
		return filter.theme() == null || request.themes().contains(filter.theme());
	}

	private static LocalDate day(RequestData request) {
		return request.receivedAt().atZone(BRUSSELS).toLocalDate();
	}

	private static String orNone(String code) {
		return (code != null) ? code : "NONE";
	}

	private static void add(Map<String, Long> counts, String key) {
		counts.merge(key, 1L, Long::sum);
	}

	/** Counts keyed as the dashboard keys them; absent keys are zero. */
	static final class Figures {

		long total;

		long unmet;

		long minutes;

		final Map<String, Long> byChannel = new HashMap<>();

		final Map<String, Long> byLine = new HashMap<>();

		final Map<String, Long> byBassin = new HashMap<>();

		final Map<String, Long> byKind = new HashMap<>();

		final Map<String, Long> byProfession = new HashMap<>();

		final Map<String, Long> byTheme = new HashMap<>();

		final Map<String, Long> byMonth = new HashMap<>();

		final Map<String, Long> unmetCells = new HashMap<>();

		final Map<String, Long> orientations = new HashMap<>();

		/** The figures of a dashboard report, in the same keys. */
		static Figures of(StatisticsReport report) {
			Figures figures = new Figures();
			figures.total = report.total();
			figures.unmet = report.unmetNeeds();
			figures.minutes = report.minutesSpent();
			report.byChannel().forEach((count) -> put(figures.byChannel, count.key(), count.count()));
			report.byLine().forEach((count) -> put(figures.byLine, count.key(), count.count()));
			report.byBassin().forEach((count) -> put(figures.byBassin, count.key(), count.count()));
			report.byKind().forEach((count) -> put(figures.byKind, count.key(), count.count()));
			report.byProfession().forEach((count) -> put(figures.byProfession, count.key(), count.count()));
			report.byTheme().forEach((count) -> put(figures.byTheme, count.key(), count.count()));
			report.monthly().forEach((month) -> put(figures.byMonth, month.month().toString(), month.count()));
			report.unmetByThemeAndBassin()
				.forEach((cell) -> put(figures.unmetCells, cell.theme() + "/" + cell.bassin(), cell.count()));
			report.orientations().forEach((count) -> put(figures.orientations, count.key(), count.count()));
			return figures;
		}

		/**
		 * These figures with another's added: what a baseline becomes with the ledger's
		 * requests.
		 */
		Figures plus(Figures other) {
			Figures sum = new Figures();
			sum.total = this.total + other.total;
			sum.unmet = this.unmet + other.unmet;
			sum.minutes = this.minutes + other.minutes;
			merge(sum.byChannel, this.byChannel, other.byChannel);
			merge(sum.byLine, this.byLine, other.byLine);
			merge(sum.byBassin, this.byBassin, other.byBassin);
			merge(sum.byKind, this.byKind, other.byKind);
			merge(sum.byProfession, this.byProfession, other.byProfession);
			merge(sum.byTheme, this.byTheme, other.byTheme);
			merge(sum.byMonth, this.byMonth, other.byMonth);
			merge(sum.unmetCells, this.unmetCells, other.unmetCells);
			merge(sum.orientations, this.orientations, other.orientations);
			return sum;
		}

		private static void put(Map<String, Long> counts, String key, long count) {
			if (count != 0) {
				counts.put(key, count);
			}
		}

		private static void merge(Map<String, Long> into, Map<String, Long> a, Map<String, Long> b) {
			into.putAll(a);
			b.forEach((key, count) -> into.merge(key, count, Long::sum));
		}

	}

}
