package brussels.maillage.plans.exchange;

import java.util.List;

/**
 * What an import of plans found, and whether it wrote them.
 *
 * @param plans the plans the file holds, with their number of actions
 * @param problems the errors by row and field; any error writes nothing
 * @param written whether the plans were written (not on a dry run nor with errors)
 */
public record ImportResult(List<PlanCount> plans, List<ImportProblem> problems, boolean written) {

	public ImportResult {
		plans = List.copyOf(plans);
		problems = List.copyOf(problems);
	}

	/**
	 * One plan of the file.
	 *
	 * @param territory its territory code
	 * @param year its year
	 * @param actions its number of actions
	 */
	public record PlanCount(String territory, int year, int actions) {
	}

}
