package brussels.maillage.events;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

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

	EventFigures(JdbcClient jdbc, MessageSource messages, EventStore store) {
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
					select e.id, e.kind, e.territory, e.themes, e.title::text as title, min(s.starts_at) as starts_at,
						max(s.ends_at) as ends_at
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
				select %s as key, min(c.title) as title, count(distinct c.id) as events,
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
			.query((rs, row) -> new FigureRow(rs.getString("key"),
					"event".equals(by) ? this.store.text(rs.getString("title")).in(locale).text() : null,
					rs.getLong("events"), rs.getLong("registrants"), rs.getLong("attendees"), rs.getLong("no_shows")))
			.list();
	}

	String label(String by, FigureRow row, Locale locale) {
		return switch (by) {
			case "kind" -> this.messages.getMessage("events.kind." + row.key(), null, row.key(), locale);
			case "territory" -> this.messages.getMessage("events.territory." + row.key(), null, row.key(), locale);
			case "event" -> row.label();
			default -> row.key();
		};
	}

	String csv(String by, List<FigureRow> rows, Locale locale) {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT)) {
			printer.printRecord(headers(by, locale));
			for (FigureRow row : rows) {
				printer.printRecord(label(by, row, locale), row.events(), row.registrants(), row.attendees(),
						row.noShows());
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
				sheet.value(0, column, headers.get(column));
				sheet.style(0, column).bold().set();
			}
			int line = 1;
			for (FigureRow row : rows) {
				sheet.value(line, 0, label(by, row, locale));
				sheet.value(line, 1, row.events());
				sheet.value(line, 2, row.registrants());
				sheet.value(line, 3, row.attendees());
				sheet.value(line, 4, row.noShows());
				line++;
			}
			workbook.finish();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private List<String> headers(String by, Locale locale) {
		return List.of(this.messages.getMessage("events.figures.by." + by, null, locale),
				this.messages.getMessage("events.figures.events", null, locale),
				this.messages.getMessage("events.figures.registrants", null, locale),
				this.messages.getMessage("events.figures.attendees", null, locale),
				this.messages.getMessage("events.figures.noShows", null, locale));
	}

}
