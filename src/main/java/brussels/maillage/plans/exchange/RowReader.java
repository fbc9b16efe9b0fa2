package brussels.maillage.plans.exchange;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.plans.plan.Plan;
import brussels.maillage.plans.plan.ActionDraft;
import brussels.maillage.plans.plan.ActionStatus;
import brussels.maillage.plans.plan.Deliverable;
import brussels.maillage.plans.plan.Milestone;
import brussels.maillage.plans.plan.Origin;
import brussels.maillage.plans.plan.PlannedAction;
import brussels.maillage.plans.plan.PlansService;

/**
 * Checks the cells of each row of a plan file and builds its actions, noting every
 * problem by row and field.
 */
final class RowReader {

	private static final Set<TerritoryScope> BASSINS = Set.copyOf(TerritoryScope.BASSINS);

	private static final List<String> ACTION_COLUMNS = PlanColumns.ALL.subList(3, PlanColumns.FIRST_DELIVERABLE_COLUMN);

	private final PlansService plans;

	private final List<ImportProblem> problems;

	RowReader(PlansService plans, List<ImportProblem> problems) {
		this.plans = plans;
		this.problems = problems;
	}

	/** An action being read, from its first row and the deliverables of all its rows. */
	static final class Building {

		private final PlanFile.FileRow first;

		private final ActionDraft draft;

		private final List<Milestone> milestones;

		private final List<Deliverable> deliverables = new ArrayList<>();

		Building(PlanFile.FileRow first, ActionDraft draft, List<Milestone> milestones) {
			this.first = first;
			this.draft = draft;
			this.milestones = milestones;
		}

		PlannedAction planned() {
			return new PlannedAction(this.draft, this.deliverables, this.milestones);
		}

	}

	PlanImport.PlanKey key(PlanFile.FileRow row) {
		TerritoryScope territory = parseEnum(row, PlanColumns.TERRITORY, TerritoryScope.class, true);
		if (territory != null && !Plan.TERRITORIES.contains(territory)) {
			problem(row, PlanColumns.TERRITORY, "plans.import.error.code", territory.name());
			territory = null;
		}
		Integer year = null;
		String yearText = row.get(PlanColumns.YEAR);
		if (yearText.isEmpty()) {
			problem(row, PlanColumns.YEAR, "plans.import.error.required");
		}
		else {
			try {
				year = Integer.valueOf(yearText);
				if (year < 2000 || year > 2100) {
					problem(row, PlanColumns.YEAR, "plans.import.error.year", yearText);
					year = null;
				}
			}
			catch (NumberFormatException ex) {
				problem(row, PlanColumns.YEAR, "plans.import.error.year", yearText);
			}
		}
		String reference = row.get(PlanColumns.REFERENCE);
		if (reference.isEmpty()) {
			problem(row, PlanColumns.REFERENCE, "plans.import.error.required");
		}
		else if (reference.length() > 20) {
			problem(row, PlanColumns.REFERENCE, "plans.import.error.tooLong", "20");
		}
		return (territory != null && year != null && !reference.isEmpty() && reference.length() <= 20)
				? new PlanImport.PlanKey(territory, year) : null;
	}

	void add(PlanFile.FileRow row, Map<String, Building> actions) {
		String reference = row.get(PlanColumns.REFERENCE);
		Building building = actions.get(reference);
		if (building == null) {
			building = new Building(row, draft(row), milestones(row));
			actions.put(reference, building);
		}
		else {
			for (String column : ACTION_COLUMNS) {
				String value = row.get(column);
				if (!value.isEmpty() && !value.equals(building.first.get(column))) {
					problem(row, column, "plans.import.error.differs", Integer.toString(building.first.number()));
				}
			}
		}
		Deliverable deliverable = deliverable(row);
		if (deliverable != null) {
			building.deliverables.add(deliverable);
		}
	}

	private ActionDraft draft(PlanFile.FileRow row) {
		String titleFr = text(row, "title-fr", 500);
		String titleNl = text(row, "title-nl", 500);
		if (titleFr == null && titleNl == null) {
			problem(row, "title-fr", "plans.import.error.title");
		}
		String objective = text(row, "objective-code", 40);
		if (objective != null && this.plans.objective(objective).isEmpty()) {
			problem(row, "objective-code", "plans.import.error.objective", objective);
		}
		Origin origin = parseEnum(row, "origin-code", Origin.class, true);
		UUID proposal = null;
		if (!row.get("origin-proposal-id").isEmpty()) {
			try {
				proposal = UUID.fromString(row.get("origin-proposal-id"));
			}
			catch (IllegalArgumentException ex) {
				problem(row, "origin-proposal-id", "plans.import.error.proposal", row.get("origin-proposal-id"));
			}
		}
		TerritoryScope lead = parseEnum(row, "lead-team-code", TerritoryScope.class, false);
		if (lead != null && !Plan.TERRITORIES.contains(lead)) {
			problem(row, "lead-team-code", "plans.import.error.code", lead.name());
			lead = null;
		}
		List<TerritoryScope> bassins = new ArrayList<>();
		for (String code : row.get("bassin-codes").split(",")) {
			if (code.isBlank()) {
				continue;
			}
			try {
				TerritoryScope bassin = TerritoryScope.valueOf(code.strip().toUpperCase(Locale.ROOT));
				if (!BASSINS.contains(bassin)) {
					throw new IllegalArgumentException(code);
				}
				bassins.add(bassin);
			}
			catch (IllegalArgumentException ex) {
				problem(row, "bassin-codes", "plans.import.error.bassin", code.strip());
			}
		}
		ActionStatus status = parseEnum(row, "status-code", ActionStatus.class, true);
		return new ActionDraft(row.get(PlanColumns.REFERENCE), titleFr, titleNl, text(row, "description-fr", 5000),
				text(row, "description-nl", 5000), objective, (origin != null) ? origin : Origin.CONTINUING, proposal,
				(lead != null) ? lead.name() : null, bassins, (status != null) ? status : ActionStatus.NOT_STARTED,
				text(row, "perspectives-fr", 5000), text(row, "perspectives-nl", 5000));
	}

	private List<Milestone> milestones(PlanFile.FileRow row) {
		List<Milestone> milestones = new ArrayList<>();
		String all = row.get("milestones");
		if (all.isEmpty()) {
			return milestones;
		}
		for (String each : all.split(java.util.regex.Pattern.quote(PlanColumns.MILESTONE_SEPARATOR.strip()))) {
			String milestone = each.strip();
			int space = milestone.indexOf(' ');
			try {
				LocalDate day = LocalDate.parse((space > 0) ? milestone.substring(0, space) : milestone);
				String label = (space > 0) ? milestone.substring(space + 1).strip() : "";
				if (label.isEmpty()) {
					throw new DateTimeParseException("no label", milestone, 0);
				}
				milestones.add(new Milestone(null, day, label));
			}
			catch (DateTimeParseException ex) {
				problem(row, "milestones", "plans.import.error.milestone", milestone);
			}
		}
		return milestones;
	}

	private Deliverable deliverable(PlanFile.FileRow row) {
		boolean any = PlanColumns.ALL.subList(PlanColumns.FIRST_DELIVERABLE_COLUMN, PlanColumns.ALL.size())
			.stream()
			.anyMatch((column) -> !row.get(column).isEmpty());
		if (!any) {
			return null;
		}
		String target = text(row, "deliverable-target", 1000);
		if (target == null) {
			problem(row, "deliverable-target", "plans.import.error.target");
		}
		BigDecimal value = null;
		String valueText = row.get("deliverable-value");
		if (!valueText.isEmpty()) {
			try {
				value = new BigDecimal(valueText.replace(',', '.').replace(" ", "")).stripTrailingZeros();
			}
			catch (NumberFormatException ex) {
				problem(row, "deliverable-value", "plans.import.error.number", valueText);
			}
		}
		String metric = text(row, "deliverable-metric-code", 100);
		if (metric != null && !this.plans.knownMetric(metric)) {
			problem(row, "deliverable-metric-code", "plans.import.error.metric", metric);
		}
		String document = text(row, "deliverable-document", 1000);
		if (document != null && !isWebAddress(document)) {
			problem(row, "deliverable-document", "plans.import.error.document", document);
		}
		return new Deliverable(null, target, value, text(row, "deliverable-unit", 60),
				bool(row, "deliverable-per-bassin"), metric, bool(row, "deliverable-done"), document);
	}

	static boolean isWebAddress(String text) {
		try {
			URI uri = new URI(text);
			return ("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
					&& uri.getHost() != null;
		}
		catch (java.net.URISyntaxException ex) {
			return false;
		}
	}

	private boolean bool(PlanFile.FileRow row, String column) {
		String value = row.get(column).toLowerCase(Locale.ROOT);
		return switch (value) {
			case "true", "yes", "oui", "ja", "1" -> true;
			case "", "false", "no", "non", "nee", "0" -> false;
			default -> {
				problem(row, column, "plans.import.error.boolean", row.get(column));
				yield false;
			}
		};
	}

	private String text(PlanFile.FileRow row, String column, int max) {
		String value = row.get(column);
		if (value.length() > max) {
			problem(row, column, "plans.import.error.tooLong", Integer.toString(max));
		}
		return value.isEmpty() ? null : value;
	}

	private <E extends Enum<E>> E parseEnum(PlanFile.FileRow row, String column, Class<E> type, boolean required) {
		String value = row.get(column);
		if (value.isEmpty()) {
			if (required) {
				problem(row, column, "plans.import.error.required");
			}
			return null;
		}
		try {
			return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			problem(row, column, "plans.import.error.code", value);
			return null;
		}
	}

	private void problem(PlanFile.FileRow row, String field, String key, String... arguments) {
		this.problems.add(new ImportProblem(row.number(), field, key, arguments));
	}

}
