package brussels.maillage.governance.proposals;

import java.time.Instant;
import java.util.UUID;

import brussels.maillage.governance.bodies.ConsultationTheme;

/**
 * A proposal carried to a council.
 *
 * @param id proposal id
 * @param originKind where it comes from
 * @param originItemId the synthesis item it comes from, or {@code null}
 * @param originBodyId the working group it comes from, or {@code null}
 * @param originNote the authority's request or the continuing action it comes from, or
 * {@code null}
 * @param councilId the council it goes to
 * @param textFr French text, or {@code null}
 * @param textNl Dutch text, or {@code null}
 * @param status where it stands
 * @param councilMeetingId the council meeting that treats it, or {@code null}
 * @param answerFr the council's answer in French, or {@code null}
 * @param answerNl the council's answer in Dutch, or {@code null}
 * @param submittedAt when it was submitted
 * @param scheduledAt when it was put on a meeting's agenda, or {@code null}
 * @param answeredAt when the council answered, or {@code null}
 * @param theme the consultation theme it concerns, or {@code null} for none or another
 * @param mergedIntoId the proposal it was merged into (status merged), or {@code null}
 */
public record Proposal(UUID id, ProposalOrigin originKind, UUID originItemId, UUID originBodyId, String originNote,
		UUID councilId, String textFr, String textNl, ProposalStatus status, UUID councilMeetingId, String answerFr,
		String answerNl, Instant submittedAt, Instant scheduledAt, Instant answeredAt, ConsultationTheme theme,
		UUID mergedIntoId) {

	public String text(String language) {
		return ("nl".equals(language) && this.textNl != null) || this.textFr == null ? this.textNl : this.textFr;
	}

	public String answer(String language) {
		return ("nl".equals(language) && this.answerNl != null) || this.answerFr == null ? this.answerNl
				: this.answerFr;
	}

}
