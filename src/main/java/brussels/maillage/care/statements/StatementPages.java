package brussels.maillage.care.statements;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Fills the model of a statement's page: the statement, its lines with the events'
 * titles, the fee form (events held in the period) and the form of its next step.
 */
@Component
class StatementPages {

	private final StatementService statements;

	private final EventReader events;

	StatementPages(StatementService statements, EventReader events) {
		this.statements = statements;
		this.events = events;
	}

	String statementPage(long id, Model model, Locale locale) {
		Statement statement = this.statements.statement(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		List<StatementLine> lines = this.statements.lines(id);
		Map<UUID, String> titles = new LinkedHashMap<>();
		lines.stream()
			.filter((line) -> line.eventId() != null)
			.forEach((line) -> titles.computeIfAbsent(line.eventId(), (event) -> this.events.title(event, locale)));
		if (!model.containsAttribute("feeForm")) {
			model.addAttribute("feeForm", FeeForm.empty());
		}
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.empty(this.statements.today()));
		}
		model.addAttribute("statement", statement);
		model.addAttribute("lines", lines);
		model.addAttribute("titles", titles);
		model.addAttribute("feeKinds", List.of(LineKind.COMMUNITY_OF_PRACTICE, LineKind.CONCERTATION_ORGANISER));
		model.addAttribute("events", statement.status().editable()
				? this.events.heldIn(statement.periodStart(), statement.periodEnd(), locale) : List.of());
		model.addAttribute("nextStatus", statement.status().next());
		return "care/statement";
	}

}
