package brussels.maillage.plans.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.PlannedAction;
import brussels.maillage.plans.plan.PlansService;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports plans from a file in {@link PlanColumns}: every row is checked first, and any
 * error writes nothing; a dry run only checks. Each plan of the file then holds exactly
 * the file's actions ({@link PlansService#replaceActions}).
 */
@Service
public class PlanImport {

	private final PlansService plans;

	PlanImport(PlansService plans) {
		this.plans = plans;
	}

	/**
	 * Reads, checks and, unless {@code dryRun} or an error is found, writes the plans of
	 * the file as {@code user} (who must work for each plan's territory; {@code null} for
	 * the demo loader).
	 */
	@Transactional
	public ImportResult importPlans(InputStream in, String filename, boolean dryRun, CurrentUser user, String by)
			throws IOException {
		PlanFile.Content content = PlanFile.read(in, filename);
		List<ImportProblem> problems = new ArrayList<>();
		for (String column : List.of(PlanColumns.TERRITORY, PlanColumns.YEAR, PlanColumns.REFERENCE)) {
			if (!content.header().contains(column)) {
				problems.add(new ImportProblem(1, column, "plans.import.error.missingColumn", column));
			}
		}
		if (!problems.isEmpty()) {
			return new ImportResult(List.of(), problems, false);
		}
		RowReader reader = new RowReader(this.plans, problems);
		Map<PlanKey, Map<String, RowReader.Building>> byPlan = new LinkedHashMap<>();
		Map<PlanKey, Integer> firstRow = new LinkedHashMap<>();
		for (PlanFile.FileRow row : content.rows()) {
			PlanKey key = reader.key(row);
			if (key == null) {
				continue;
			}
			firstRow.putIfAbsent(key, row.number());
			reader.add(row, byPlan.computeIfAbsent(key, (k) -> new LinkedHashMap<>()));
		}
		if (content.rows().isEmpty()) {
			problems.add(new ImportProblem(2, PlanColumns.REFERENCE, "plans.import.error.empty"));
		}
		for (Map.Entry<PlanKey, Integer> entry : firstRow.entrySet()) {
			PlanKey key = entry.getKey();
			if (user != null && !PlansService.canEdit(user, key.territory())) {
				problems.add(new ImportProblem(entry.getValue(), PlanColumns.TERRITORY, "plans.import.error.notYours",
						key.territory().name()));
			}
			Plan existing = this.plans.plan(key.territory(), key.year()).orElse(null);
			if (existing != null && !existing.status().replaceable()) {
				problems.add(new ImportProblem(entry.getValue(), PlanColumns.YEAR, "plans.import.error.validated",
						key.territory().name(), Integer.toString(key.year())));
			}
		}
		List<ImportResult.PlanCount> counts = byPlan.entrySet()
			.stream()
			.map((e) -> new ImportResult.PlanCount(e.getKey().territory().name(), e.getKey().year(),
					e.getValue().size()))
			.toList();
		if (!problems.isEmpty() || dryRun) {
			return new ImportResult(counts, problems, false);
		}
		for (Map.Entry<PlanKey, Map<String, RowReader.Building>> entry : byPlan.entrySet()) {
			List<PlannedAction> planned = entry.getValue().values().stream().map(RowReader.Building::planned).toList();
			this.plans.replaceActions(entry.getKey().territory(), entry.getKey().year(), planned, by);
		}
		return new ImportResult(counts, problems, true);
	}

	/**
	 * The key of a plan in a file.
	 *
	 * @param territory its territory
	 * @param year its year
	 */
	record PlanKey(TerritoryScope territory, int year) {
	}

}
