package brussels.maillage.care;

import brussels.maillage.care.figures.CareFigures;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.system.DisclosedTable;
import brussels.maillage.system.DisclosureControl.Reader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exact read-only counts of case management's year for the indicators, by bassin:
 * beneficiaries (cases active for at least a day of the year), new cases (began in the
 * year) and services by type, taken from {@link CareFigures} as the care-coordination
 * team reads them; and the amounts paid to field providers by kind of line. Whoever shows
 * the counts to people outside the team passes them through the disclosure control.
 */
@Service
@Transactional(readOnly = true)
public class CareCounts {

	/** The kinds of what is paid to field providers: the service types and the fees. */
	public static final List<String> PAID_KINDS = List.of("CASE_MANAGEMENT", "OCCUPATIONAL_THERAPY", "PSYCHOLOGY",
			"COMMUNITY_OF_PRACTICE", "CONCERTATION_ORGANISER");

	/** The service types of prestations. */
	public static final List<String> SERVICE_TYPES = List.of("CASE_MANAGEMENT", "OCCUPATIONAL_THERAPY", "PSYCHOLOGY");

	private final CareFigures figures;

	CareCounts(CareFigures figures) {
		this.figures = figures;
	}

	/** The year's counts per bassin, in the order of {@link CareFigures#BASSINS}. */
	public Map<String, Bassin> byBassin(int year) {
		CareFigures.Figures counted = this.figures.of(year, Reader.OWNING_TEAM);
		Map<String, Bassin> counts = new LinkedHashMap<>();
		for (String bassin : CareFigures.BASSINS) {
			Map<String, Long> services = new LinkedHashMap<>();
			for (String type : SERVICE_TYPES) {
				services.put(type, value(counted.services(), bassin, type));
			}
			counts.put(bassin,
					new Bassin(
							value(counted.beneficiaries(), bassin, "STARTED")
									+ value(counted.beneficiaries(), bassin, "CONTINUING"),
							value(counted.beneficiaries(), bassin, "STARTED"), services));
		}
		return counts;
	}

	/**
	 * The amounts paid to field providers in the year (statements paid in it) by kind of
	 * line ({@link #PAID_KINDS}, 0 when none), in euros.
	 */
	public Map<String, BigDecimal> paid(int year) {
		Map<String, BigDecimal> paid = new LinkedHashMap<>();
		CareFigures.Figures counted = this.figures.of(year, Reader.OWNING_TEAM);
		for (String kind : PAID_KINDS) {
			paid.put(kind, counted.paidByType().getOrDefault(kind, BigDecimal.ZERO.setScale(2)));
		}
		return paid;
	}

	private static long value(DisclosedTable table, String bassin, String column) {
		if (!table.columns().contains(column)) {
			return 0;
		}
		Long value = table.cell(bassin, column).value();
		return (value != null) ? value : 0;
	}

	/**
	 * A bassin's year.
	 *
	 * @param beneficiaries cases active for at least a day of the year
	 * @param newCases cases that began in the year
	 * @param services services of the year (not cancelled or rejected) by service type
	 */
	public record Bassin(long beneficiaries, long newCases, Map<String, Long> services) {

		public Bassin {
			services = Map.copyOf(services);
		}

	}

}
