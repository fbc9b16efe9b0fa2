package brussels.maillage.care.figures;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.care.cases.CaseService;
import brussels.maillage.care.forms.CareInput;
import brussels.maillage.care.prestations.PrestationService;
import brussels.maillage.care.tariffs.ServiceType;
import brussels.maillage.care.statements.LineKind;
import brussels.maillage.care.statements.StatementService;
import brussels.maillage.system.CountTable;
import brussels.maillage.system.DisclosedTable;
import brussels.maillage.system.DisclosureControl;
import brussels.maillage.system.DisclosureControl.Reader;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Case management's figures of a year by bassin, for its pages, the API and the annual
 * report (plans, indicators): the people followed (beneficiaries), the services by type,
 * and the amount paid to field providers by type. The tables of counts go through the
 * {@link DisclosureControl}: exact for the care-coordination team, protected for anyone
 * else; the amounts paid (to professionals, not people) are exact for everyone.
 */
@Service
@Transactional(readOnly = true)
public class CareFigures {

	/** The bassins, rows of every table, in this order. */
	public static final List<String> BASSINS = CareInput.BASSINS;

	/**
	 * The columns of the beneficiaries: began in the year, began before and continued.
	 */
	public static final List<String> BENEFICIARY_COLUMNS = List.of("STARTED", "CONTINUING");

	private final CaseService cases;

	private final PrestationService prestations;

	private final StatementService statements;

	private final DisclosureControl disclosure;

	CareFigures(CaseService cases, PrestationService prestations, StatementService statements,
			DisclosureControl disclosure) {
		this.cases = cases;
		this.prestations = prestations;
		this.statements = statements;
		this.disclosure = disclosure;
	}

	/** The figures of a calendar year as {@code reader} may see them. */
	public Figures of(int year, Reader reader) {
		Map<String, long[]> followed = this.cases.beneficiaries(year);
		Map<String, Long> services = this.prestations.services(year);
		List<String> types = List.of(ServiceType.values()).stream().map(Enum::name).toList();
		long[][] people = new long[BASSINS.size()][];
		long[][] counts = new long[BASSINS.size()][types.size()];
		for (int row = 0; row < BASSINS.size(); row++) {
			people[row] = followed.getOrDefault(BASSINS.get(row), new long[2]).clone();
			for (int column = 0; column < types.size(); column++) {
				counts[row][column] = services.getOrDefault(BASSINS.get(row) + "/" + types.get(column), 0L);
			}
		}
		Map<String, BigDecimal> paid = new LinkedHashMap<>();
		BigDecimal total = BigDecimal.ZERO.setScale(2);
		for (Map.Entry<LineKind, BigDecimal> amount : this.statements.paid(year).entrySet()) {
			paid.put(amount.getKey().name(), amount.getValue());
			total = total.add(amount.getValue());
		}
		return new Figures(year, reader == Reader.OWNING_TEAM, this.disclosure.threshold(),
				this.disclosure.disclose(new CountTable(BASSINS, BENEFICIARY_COLUMNS, people), reader),
				this.disclosure.disclose(new CountTable(BASSINS, types, counts), reader), paid, total);
	}

	/**
	 * A year's figures.
	 *
	 * @param year the calendar year
	 * @param exact whether every count is exact (the reader is in the team)
	 * @param threshold the smallest count shown to others
	 * @param beneficiaries cases active for at least a day of the year, bassin by
	 * {@link #BENEFICIARY_COLUMNS}; the grand total is the year's beneficiaries
	 * @param services services of the year (not cancelled or rejected), bassin by service
	 * type
	 * @param paidByType amounts of the statements paid in the year by kind of line
	 * (prestation types and fees), in euros
	 * @param paidTotal the amount paid to field providers in the year
	 */
	public record Figures(int year, boolean exact, int threshold, DisclosedTable beneficiaries, DisclosedTable services,
			Map<String, BigDecimal> paidByType, BigDecimal paidTotal) {
	}

}
