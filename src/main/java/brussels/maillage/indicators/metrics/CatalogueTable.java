package brussels.maillage.indicators.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import brussels.maillage.indicators.Measure;
import brussels.maillage.indicators.MetricDefinition;
import brussels.maillage.indicators.Metrics;
import brussels.maillage.system.CountTable;
import brussels.maillage.system.DisclosedTable;
import brussels.maillage.system.DisclosureControl;
import brussels.maillage.system.DisclosureControl.Reader;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The catalogue's table of a year: each metric with its definition, its value for the
 * whole and for each territory, as text in the reader's language. Counts of people of the
 * palliative platform pass through the disclosure control for readers outside its team.
 */
@Component
class CatalogueTable {

	/** The territories shown as columns. */
	static final List<String> COLUMNS = Territories.TEAMS;

	/** Units of the palliative metrics that count people (or their visits). */
	private static final Set<String> PEOPLE = Set.of("people", "followUps", "visits");

	private final Metrics metrics;

	private final DisclosureControl disclosure;

	private final MessageSource messages;

	CatalogueTable(Metrics metrics, DisclosureControl disclosure, MessageSource messages) {
		this.metrics = metrics;
		this.disclosure = disclosure;
		this.messages = messages;
	}

	List<Line> year(int year, Reader palliativeReader, Locale locale) {
		List<Line> lines = new ArrayList<>();
		for (Metrics.Row row : this.metrics.year(year)) {
			MetricDefinition definition = row.definition();
			List<String> cells = new ArrayList<>();
			String whole;
			if ("palliative".equals(definition.source()) && PEOPLE.contains(definition.unit())
					&& palliativeReader == Reader.OTHER && allCounted(row)) {
				DisclosedTable shown = disclose(row, palliativeReader);
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
