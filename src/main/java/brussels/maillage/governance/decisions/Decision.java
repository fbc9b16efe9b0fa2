package brussels.maillage.governance.decisions;

import java.util.List;
import java.util.UUID;

/**
 * One decision of a council's register.
 *
 * @param id decision id
 * @param councilId the council
 * @param meetingId the meeting where it was taken
 * @param agendaItemId the agenda item it answers, or {@code null}
 * @param position its number among the meeting's decisions
 * @param textFr French text, or {@code null}
 * @param textNl Dutch text, or {@code null}
 * @param method consensus, vote or none recorded
 * @param proposalIds the proposals it concerns
 */
public record Decision(UUID id, UUID councilId, UUID meetingId, UUID agendaItemId, int position, String textFr,
		String textNl, DecisionMethod method, List<UUID> proposalIds) {

	public Decision {
		proposalIds = List.copyOf(proposalIds);
	}

	/** The text in {@code language} ({@code fr} or {@code nl}), else in the other one. */
	public String text(String language) {
		return ("nl".equals(language) && this.textNl != null) || this.textFr == null ? this.textNl : this.textFr;
	}

	/** The language {@link #text} answers in. */
	public String textLanguage(String language) {
		return (text(language) == this.textNl) ? "nl" : "fr";
	}

}
