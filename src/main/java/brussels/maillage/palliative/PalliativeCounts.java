package brussels.maillage.palliative;

import brussels.maillage.palliative.figures.PalliativeFigures;

import java.util.LinkedHashMap;
import java.util.Map;

import brussels.maillage.palliative.conventions.ConventionService.BassinConventions;
import brussels.maillage.system.DisclosedTable;
import brussels.maillage.system.DisclosureControl.Reader;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exact read-only counts of the palliative platform's year for the indicators, by bassin:
 * conventions signed, follow-ups started and active, visits held, taken from
 * {@link PalliativeFigures} as its own team reads them; and volunteers trained. Whoever
 * shows them to people outside the palliative team passes them through the disclosure
 * control.
 */
@Service
@Transactional(readOnly = true)
public class PalliativeCounts {

	private final PalliativeFigures figures;

	private final JdbcClient jdbc;

	PalliativeCounts(PalliativeFigures figures, JdbcClient jdbc) {
		this.figures = figures;
		this.jdbc = jdbc;
	}

	/**
	 * The year's counts per bassin, in the order of {@link PalliativeFigures#BASSINS}.
	 */
	public Map<String, Bassin> byBassin(int year) {
		PalliativeFigures.Figures counted = this.figures.of(year, Reader.OWNING_TEAM);
		Map<String, Bassin> counts = new LinkedHashMap<>();
		for (String bassin : PalliativeFigures.BASSINS) {
			BassinConventions conventions = counted.conventions().get(bassin);
			counts.put(bassin,
					new Bassin((conventions != null) ? conventions.signedInYear() : 0, total(counted.started(), bassin),
							total(counted.active(), bassin), value(counted.visits(), bassin, "HELD")));
		}
		return counts;
	}

	/** Volunteers who completed a training cycle of {@code year}. */
	public long volunteersTrained(int year) {
		return this.jdbc
			.sql("select count(*) from palliative_volunteer_training where cycle_year = :year and status = 'TRAINED'")
			.param("year", year)
			.query(Long.class)
			.single();
	}

	private static long total(DisclosedTable table, String bassin) {
		long sum = 0;
		for (String column : table.columns()) {
			sum += value(table, bassin, column);
		}
		return sum;
	}

	private static long value(DisclosedTable table, String bassin, String column) {
		Long value = table.cell(bassin, column).value();
		return (value != null) ? value : 0;
	}

	/**
	 * A bassin's year.
	 *
	 * @param conventionsSigned conventions with nursing homes signed in the year
	 * @param followUpsStarted follow-ups that became active in the year
	 * @param followUpsActive follow-ups active at least a day of the year
	 * @param visitsHeld visits held
	 */
	public record Bassin(long conventionsSigned, long followUpsStarted, long followUpsActive, long visitsHeld) {
	}

}
