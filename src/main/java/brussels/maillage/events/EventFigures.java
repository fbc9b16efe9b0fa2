package brussels.maillage.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.system.SpreadsheetCells;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registrants, attendees and no-shows by event, kind, territory, theme or month, from the
 * live registrations or, once they are erased, from the counts kept for each event.
 */
@Component
@Transactional(readOnly = true)
class EventFigures {

	static final List<String> DIMENSIONS = List.of("kind", "territory", "theme", "month", "event");

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final EventStore store;

	private final EventPlaces places;

	private final DirectoryService directory;

	EventFigures(JdbcClient jdbc, MessageSource messages, EventStore store, EventPlaces places,
			DirectoryService directory) {
		this.places = places;
		this.directory = directory;
		this.jdbc = jdbc;
		this.messages = messages;
		this.store = store;
	}

	List<FigureRow> figures(String by, LocalDate from, LocalDate to, Locale locale) {
		String dimension = switch (by) {
			case "territory" -> "c.territory";
			case "theme" -> "theme";
			case "month" -> "to_char(c.starts_at at time zone 'Europe/Brussels', 'YYYY-MM')";
			case "event" -> "c.id::text";
			default -> "c.kind";
		};
		String sql = """
				with per_event as (
					select e.id, e.kind, e.territory, e.themes, e.title::text as title, e.online, e.address,
						e.postcode, e.commune_nis, min(s.starts_at) as starts_at, max(s.ends_at) as ends_at
					from event e join event_session s on s.event_id = e.id
					where e.status <> 'DRAFT'
					group by e.id
					having min(s.starts_at) >= :from and min(s.starts_at) < :to
				), counts as (
					select p.*,
						coalesce(f.registrants, (select count(*) from event_registration r
							where r.event_id = p.id and r.status = 'CONFIRMED')) as registrants,
						coalesce(f.attendees, (select count(*) from event_registration r where r.event_id = p.id
							and r.status = 'CONFIRMED' and exists (select 1 from event_attendance a
							where a.registration_id = r.id and a.present))) as attendees,
						case when p.ends_at < now() then coalesce(f.no_shows, (select count(*) from event_registration r
							where r.event_id = p.id and r.status = 'CONFIRMED' and not exists (select 1 from
							event_attendance a where a.registration_id = r.id and a.present))) else 0 end as no_shows
					from per_event p left join event_figures f on f.event_id = p.id
				)
				select %s as key, min(c.title) as title, min(c.starts_at) as first_start, min(c.territory) as territory,
					bool_or(c.online) as online, min(c.address) as address, min(c.postcode) as postcode,
					min(c.commune_nis) as commune_nis, count(distinct c.id) as events,
					sum(c.registrants) as registrants, sum(c.attendees) as attendees, sum(c.no_shows) as no_shows
				from counts c
				%s
				group by 1 order by %s""".formatted(dimension,
				// By theme, an event counts under each of its themes.
				"theme".equals(by)
						? "cross join lateral unnest(case when cardinality(c.themes) = 0 then array['-'] else c.themes end) as theme"
						: "",
				"event".equals(by) ? "min(c.starts_at)" : "1");
		return this.jdbc.sql(sql)
			.param("from", EventStore.ts(from.atStartOfDay(EventMails.BRUSSELS).toInstant()))
			.param("to", EventStore.ts(to.plusDays(1).atStartOfDay(EventMails.BRUSSELS).toInstant()))
			.query((rs, row) -> {
				boolean perEvent = "event".equals(by);
				boolean online = rs.getBoolean("online");
				return new FigureRow(rs.getString("key"),
						perEvent ? this.store.text(rs.getString("title")).in(locale).text() : null,
						perEvent ? rs.getTimestamp("first_start").toInstant() : null,
						perEvent ? rs.getString("territory") : null,
						(perEvent && !online) ? place(rs.getString("address"), rs.getString("postcode"),
								rs.getString("commune_nis"), locale) : null,
						perEvent && online, rs.getLong("events"), rs.getLong("registrants"), rs.getLong("attendees"),
						rs.getLong("no_shows"));
			})
			.list();
	}

	private String place(String address, String postcode, String communeNis, Locale locale) {
		return this.places.full(address, postcode, communeNis, locale);
	}

	String label(String by, FigureRow row, Locale locale) {
		return switch (by) {
			case "kind" -> this.messages.getMessage("events.kind." + row.key(), null, row.key(), locale);
			case "territory" -> this.messages.getMessage("events.territory." + row.key(), null, row.key(), locale);
			case "theme" -> this.directory.themes()
				.stream()
				.filter((theme) -> theme.code().equals(row.key()))
				.map((theme) -> theme.label().in(locale).text())
				.findFirst()
				.orElseGet(() -> this.messages.getMessage("events.figures.noTheme", null, locale));
			case "month" -> YearMonth.parse(row.key()).format(DateTimeFormatter.ofPattern("LLLL yyyy", locale));
			case "event" -> row.label();
			default -> row.key();
		};
	}

	/** The date and time an event starts, in {@code locale}, for a line per event. */
	String when(FigureRow row, Locale locale) {
		return (row.startsAt() != null) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale)
			.format(row.startsAt().atZone(EventMails.BRUSSELS)) : "";
	}

	/** The territory's name in {@code locale}, for a line per event. */
	String territory(FigureRow row, Locale locale) {
		return (row.territory() != null)
				? this.messages.getMessage("events.territory." + row.territory(), null, row.territory(), locale) : "";
	}

	/** Where the event is held, or "online", in {@code locale}, for a line per event. */
	String where(FigureRow row, Locale locale) {
		if (row.online()) {
			return this.messages.getMessage("events.online", null, locale);
		}
		return (row.place() != null) ? row.place() : "";
	}

	/**
	 * The text cells of a line: its label and, per event, its date, territory and place.
	 */
	List<String> texts(String by, FigureRow row, Locale locale) {
		if ("event".equals(by)) {
			return List.of(label(by, row, locale), when(row, locale), territory(row, locale), where(row, locale));
		}
		return List.of(label(by, row, locale));
	}

	String csv(String by, List<FigureRow> rows, Locale locale) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(headers(by, locale).stream().map(SpreadsheetCells::text).toList());
			for (FigureRow row : rows) {
				List<Object> cells = new ArrayList<>();
				texts(by, row, locale).forEach((text) -> cells.add(SpreadsheetCells.text(text)));
				cells.addAll(List.of(row.events(), row.registrants(), row.attendees(), row.noShows()));
				printer.printRecord(cells);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toString();
	}

	byte[] xlsx(String by, List<FigureRow> rows, Locale locale) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "Maillage", "1.0");
			Worksheet sheet = workbook.newWorksheet(this.messages.getMessage("events.figures.title", null, locale));
			List<String> headers = headers(by, locale);
			for (int column = 0; column < headers.size(); column++) {
				sheet.value(0, column, SpreadsheetCells.text(headers.get(column)));
				sheet.style(0, column).bold().set();
			}
			int line = 1;
			for (FigureRow row : rows) {
				List<String> texts = texts(by, row, locale);
				for (int column = 0; column < texts.size(); column++) {
					sheet.value(line, column, SpreadsheetCells.text(texts.get(column)));
				}
				int column = texts.size();
				sheet.value(line, column, row.events());
				sheet.value(line, column + 1, row.registrants());
				sheet.value(line, column + 2, row.attendees());
				sheet.value(line, column + 3, row.noShows());
				line++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	List<String> headers(String by, Locale locale) {
		List<String> headers = new ArrayList<>();
		headers.add(this.messages.getMessage("events.figures.by." + by, null, locale));
		if ("event".equals(by)) {
			headers.add(this.messages.getMessage("events.figures.when", null, locale));
			headers.add(this.messages.getMessage("events.field.territory", null, locale));
			headers.add(this.messages.getMessage("events.field.where", null, locale));
		}
		headers.addAll(List.of(this.messages.getMessage("events.figures.events", null, locale),
				this.messages.getMessage("events.figures.registrants", null, locale),
				this.messages.getMessage("events.figures.attendees", null, locale),
				this.messages.getMessage("events.figures.noShows", null, locale)));
		return headers;
	}

}
