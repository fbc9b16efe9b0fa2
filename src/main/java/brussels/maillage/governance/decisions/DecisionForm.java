package brussels.maillage.governance.decisions;

import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A decision as staff type it.
 *
 * @param agendaItem the agenda item it answers (optional)
 * @param textFr French text
 * @param textNl Dutch text
 * @param method how it was taken
 * @param proposals the proposals it concerns
 */
record DecisionForm(UUID agendaItem, @Size(max = 4000) String textFr, @Size(max = 4000) String textNl,
		@NotNull DecisionMethod method, List<UUID> proposals) {

	static final String[] FIELDS = { "agendaItem", "textFr", "textNl", "method", "proposals" };

	DecisionForm {
		proposals = (proposals != null) ? List.copyOf(proposals) : List.of();
	}

	static DecisionForm empty() {
		return new DecisionForm(null, null, null, DecisionMethod.NONE_RECORDED, List.of());
	}

	boolean blank() {
		return (this.textFr == null || this.textFr.isBlank()) && (this.textNl == null || this.textNl.isBlank());
	}

}
