package brussels.maillage.events.figures;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.events.EventsService;
import brussels.maillage.identity.Accounts;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events planned, held and cancelled, registrants, attendees (registered or counted),
 * cycle completions and no-shows, by one dimension or two crossed (kind, territory,
 * requesting territory, delivering team, theme, month, or per event), from the live
 * registrations or, once they are erased, from the counts kept for each event. A
 * cancelled event counts as planned and not held, never as held, and nobody attended it.
 */
@Component
@Transactional(readOnly = true)
class FigureService {

	static final List<String> DIMENSIONS = FigureQuery.DIMENSIONS;

	private static final String PRESENT = "exists (select 1 from event_attendance a where a.registration_id = r.id and a.present)";

	private static final String SQL = """
			with per_event as (
				select e.id, e.kind, e.territory, e.themes, e.title::text as title, e.online, e.address, e.postcode,
					e.commune_nis, e.status, e.headcount, e.headcount_exactness, e.completion_sessions,
					coalesce(e.requesting_territory, '-') as requesting, e.organiser_team as team,
					min(s.starts_at) as starts_at, max(s.ends_at) as ends_at
				from event e join event_session s on s.event_id = e.id
				where e.status <> 'DRAFT' and (cast(:status as text) is null or e.status = :status)
				group by e.id
				having min(s.starts_at) >= :from and min(s.starts_at) < :to
			), counts as (
				select p.*, (p.status = 'PUBLISHED' and p.ends_at < now()) as held,
					coalesce(f.registrants, (select count(*) from event_registration r
						where r.event_id = p.id and r.status = 'CONFIRMED')) as registrants,
					case when p.status = 'CANCELLED' then 0 when p.headcount is not null then p.headcount
						else coalesce(f.attendees, (select count(*) from event_registration r where r.event_id = p.id
						and r.status = 'CONFIRMED' and PRESENT)) end as attendees,
					case when p.status <> 'CANCELLED' and p.headcount_exactness = 'ESTIMATED' then p.headcount
						else 0 end as estimated,
					case when p.status = 'CANCELLED' or p.completion_sessions is null then 0
						else coalesce(f.completed, (select count(*) from event_registration r where r.event_id = p.id
						and r.status = 'CONFIRMED' and (select count(*) from event_attendance a
						where a.registration_id = r.id and a.present) >= p.completion_sessions)) end as completed,
					case when p.status = 'PUBLISHED' and p.ends_at < now() and p.headcount is null
						then coalesce(f.no_shows, (select count(*) from event_registration r where r.event_id = p.id
						and r.status = 'CONFIRMED' and not PRESENT)) else 0 end as no_shows
				from per_event p left join event_figures f on f.event_id = p.id
			)
			select %s as key, %s as key2, min(c.title) as title, min(c.starts_at) as first_start,
				min(c.territory) as territory, bool_or(c.online) as online, min(c.address) as address,
				min(c.postcode) as postcode, min(c.commune_nis) as commune_nis, count(distinct c.id) as events,
				count(distinct c.id) filter (where c.held) as held,
				count(distinct c.id) filter (where c.status = 'CANCELLED') as cancelled,
				sum(c.registrants) as registrants, sum(c.attendees) as attendees, sum(c.estimated) as estimated,
				sum(c.completed) as completed, sum(c.no_shows) as no_shows
			from counts c
			%s
			group by 1, 2 order by %s""".replace("PRESENT", PRESENT);

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final JsonMapper json;

	private final TerritoryService territory;

	private final DirectoryService directory;

	private final Accounts accounts;

	FigureService(JdbcClient jdbc, MessageSource messages, JsonMapper json, TerritoryService territory,
			DirectoryService directory, Accounts accounts) {
		this.territory = territory;
		this.directory = directory;
		this.jdbc = jdbc;
		this.messages = messages;
		this.json = json;
		this.accounts = accounts;
	}

	List<FigureRow> figures(String by, java.time.LocalDate from, java.time.LocalDate to, Locale locale) {
		return figures(FigureQuery.of(by, from, to), locale);
	}

	List<FigureRow> figures(FigureQuery query, Locale locale) {
		boolean theme = "theme".equals(query.by()) || "theme".equals(query.then());
		String sql = SQL.formatted(column(query.by()), query.crossed() ? column(query.then()) : "null::text",
				// By theme, an event counts under each of its themes.
				theme ? "cross join lateral unnest(case when cardinality(c.themes) = 0 then array['-'] else c.themes end) as theme"
						: "",
				query.perEvent() ? "min(c.starts_at)" : "1, 2");
		boolean perEvent = query.perEvent();
		return this.jdbc.sql(sql)
			.param("status", (query.status() != null) ? query.status().name() : null)
			.param("from", Timestamp.from(query.from().atStartOfDay(EventsService.TIME_ZONE).toInstant()))
			.param("to", Timestamp.from(query.to().plusDays(1).atStartOfDay(EventsService.TIME_ZONE).toInstant()))
			.query((rs, row) -> {
				boolean online = rs.getBoolean("online");
				return new FigureRow(rs.getString("key"), rs.getString("key2"),
						perEvent ? this.json.readValue(rs.getString("title"), LocalizedText.class).in(locale).text()
								: null,
						perEvent ? rs.getTimestamp("first_start").toInstant() : null,
						perEvent ? rs.getString("territory") : null,
						(perEvent && !online) ? this.territory.fullAddress(rs.getString("address"),
								rs.getString("postcode"), rs.getString("commune_nis"), locale) : null,
						perEvent && online, rs.getLong("events"), rs.getLong("held"), rs.getLong("cancelled"),
						rs.getLong("registrants"), rs.getLong("attendees"), rs.getLong("estimated"),
						rs.getLong("completed"), rs.getLong("no_shows"));
			})
			.list();
	}

	private static String column(String dimension) {
		return switch (dimension) {
			case "territory" -> "c.territory";
			case "requesting" -> "c.requesting";
			case "team" -> "c.team";
			case "theme" -> "theme";
			case "month" -> "to_char(c.starts_at at time zone 'Europe/Brussels', 'YYYY-MM')";
			case "event" -> "c.id::text";
			default -> "c.kind";
		};
	}

	/** The name of {@code key} of a dimension, in {@code locale}. */
	String label(String dimension, String key, Locale locale) {
		return switch (dimension) {
			case "kind" -> this.messages.getMessage("events.kind." + key, null, key, locale);
			case "territory" -> this.messages.getMessage("events.territory." + key, null, key, locale);
			case "requesting" -> "-".equals(key) ? this.messages.getMessage("events.figures.noRequest", null, locale)
					: this.messages.getMessage("events.territory." + key, null, key, locale);
			case "team" -> this.accounts.teams()
				.stream()
				.filter((team) -> team.code().equals(key))
				.map((team) -> team.name().in(locale).text())
				.findFirst()
				.orElse(key);
			case "theme" -> this.directory.themes()
				.stream()
				.filter((theme) -> theme.code().equals(key))
				.map((theme) -> theme.label().in(locale).text())
				.findFirst()
				.orElseGet(() -> this.messages.getMessage("events.figures.noTheme", null, locale));
			case "month" -> YearMonth.parse(key).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
			default -> key;
		};
	}

	/**
	 * The text cells of a line: its label (and the second dimension's), or per event its
	 * title, date, territory and place.
	 */
	List<String> texts(FigureQuery query, FigureRow row, Locale locale) {
		if (query.perEvent()) {
			String when = (row.startsAt() != null)
					? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
						.withLocale(locale)
						.format(row.startsAt().atZone(EventsService.TIME_ZONE))
					: "";
			String territory = (row.territory() != null)
					? this.messages.getMessage("events.territory." + row.territory(), null, row.territory(), locale)
					: "";
			String where = row.online() ? this.messages.getMessage("events.online", null, locale)
					: (row.place() != null) ? row.place() : "";
			return List.of(row.label(), when, territory, where);
		}
		if (query.crossed()) {
			return List.of(label(query.by(), row.key(), locale), label(query.then(), row.key2(), locale));
		}
		return List.of(label(query.by(), row.key(), locale));
	}

	List<String> texts(String by, FigureRow row, Locale locale) {
		return texts(FigureQuery.of(by, null, null), row, locale);
	}

	/** The counts of a line, in the order of the headers after the text cells. */
	static List<Long> numbers(FigureRow row) {
		return List.of(row.events(), row.held(), row.cancelled(), row.registrants(), row.attendees(), row.estimated(),
				row.completed(), row.noShows());
	}

	List<String> headers(FigureQuery query, Locale locale) {
		List<String> headers = new ArrayList<>();
		headers.add(message("events.figures.by." + query.by(), locale));
		if (query.perEvent()) {
			headers.add(message("events.figures.when", locale));
			headers.add(message("events.field.territory", locale));
			headers.add(message("events.field.where", locale));
		}
		if (query.crossed()) {
			headers.add(message("events.figures.by." + query.then(), locale));
		}
		for (String count : List.of("events", "held", "cancelled", "registrants", "attendees", "estimated", "completed",
				"noShows")) {
			headers.add(message("events.figures." + count, locale));
		}
		return headers;
	}

	List<String> headers(String by, Locale locale) {
		return headers(FigureQuery.of(by, null, null), locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, locale);
	}

}
