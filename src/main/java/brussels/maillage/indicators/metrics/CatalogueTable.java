package brussels.maillage.indicators.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import brussels.maillage.care.CareTeam;
import brussels.maillage.identity.CurrentUser;

import brussels.maillage.indicators.Measure;
import brussels.maillage.indicators.MetricDefinition;
import brussels.maillage.indicators.Metrics;
import brussels.maillage.palliative.PalliativeTeam;
import brussels.maillage.system.CountTable;
import brussels.maillage.system.DisclosedTable;
import brussels.maillage.system.DisclosureControl;
import brussels.maillage.system.DisclosureControl.Reader;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The catalogue's table of a year: each metric with its definition, its value for the
 * whole and for each territory, as text in the reader's language. Counts of people (and
 * of their visits or services) of the palliative platform and of case management pass
 * through the disclosure control for readers outside the team owning the records.
 */
@Component
class CatalogueTable {

	/** The territories shown as columns. */
	static final List<String> COLUMNS = Territories.TEAMS;

	/**
	 * Units of the palliative and case-management metrics that count people (or their
	 * visits or services).
	 */
	private static final Set<String> PEOPLE = Set.of("people", "followUps", "visits", "services");

	private final Metrics metrics;

	private final DisclosureControl disclosure;

	private final MessageSource messages;

	CatalogueTable(Metrics metrics, DisclosureControl disclosure, MessageSource messages) {
		this.metrics = metrics;
		this.disclosure = disclosure;
		this.messages = messages;
	}

	/**
	 * How {@code user} reads the counts of people of each source that keeps private
	 * records: exactly in the owning team, protected otherwise.
	 */
	static Map<String, Reader> readers(CurrentUser user) {
		return Map.of("palliative", PalliativeTeam.reader(user), "care", CareTeam.reader(user));
	}

	/**
	 * The lines of {@code year}; {@code readers} says how the reader reads the counts of
	 * people of each source with private records (a source not named is public).
	 */
	List<Line> year(int year, Map<String, Reader> readers, Locale locale) {
		List<Line> lines = new ArrayList<>();
		for (Metrics.Row row : this.metrics.year(year)) {
			MetricDefinition definition = row.definition();
			List<String> cells = new ArrayList<>();
			String whole;
			Reader reader = readers.get(definition.source());
			if (reader == Reader.OTHER && PEOPLE.contains(definition.unit()) && allCounted(row)) {
				DisclosedTable shown = disclose(row, reader);
				for (String column : COLUMNS) {
					int index = shown.columns().indexOf(column);
					cells.add((index >= 0) ? shown.text(shown.cell(0, index)) : text(null, locale));
				}
				whole = shown.text(shown.rowTotals().get(0));
			}
			else {
				for (String column : COLUMNS) {
					cells.add(text(row.territories().get(column), locale));
				}
				whole = text(row.whole(), locale);
			}
			lines.add(new Line(definition, definition.name().in(locale).text(),
					definition.definition().in(locale).text(), whole, row.whole().manual(), cells));
		}
		return lines;
	}

	private static boolean allCounted(Metrics.Row row) {
		return row.territories().values().stream().allMatch((m) -> m.hasData() && !m.manual());
	}

	private DisclosedTable disclose(Metrics.Row row, Reader reader) {
		List<String> territories = List.copyOf(row.territories().keySet());
		long[][] counts = new long[1][territories.size()];
		for (int i = 0; i < territories.size(); i++) {
			counts[0][i] = row.territories().get(territories.get(i)).value().longValueExact();
		}
		return this.disclosure.disclose(new CountTable(List.of(row.definition().code()), territories, counts), reader);
	}

	private String text(Measure measure, Locale locale) {
		String shown = (measure != null) ? measure.shown(locale) : null;
		return (shown != null) ? shown : this.messages.getMessage("indicators.noData", null, locale);
	}

	/**
	 * A line of the catalogue.
	 *
	 * @param definition the metric
	 * @param name its name in the reader's language
	 * @param text its definition in the reader's language
	 * @param whole its value for the whole, as text
	 * @param manual whether the whole was typed in
	 * @param cells its value per column, as text
	 */
	record Line(MetricDefinition definition, String name, String text, String whole, boolean manual,
			List<String> cells) {
	}

}
