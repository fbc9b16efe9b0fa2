package brussels.maillage.governance.proposals;

import java.util.UUID;

import brussels.maillage.governance.bodies.ConsultationTheme;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A proposal as staff type it.
 *
 * @param originKind where it comes from (a synthesis when not said, as the form checks it
 * first)
 * @param origin the synthesis item it comes from
 * @param originBody the working group it comes from
 * @param originNote the authority's request or the continuing action it comes from
 * @param council the council it goes to
 * @param theme the consultation theme it concerns, or none
 * @param textFr French text
 * @param textNl Dutch text
 */
record ProposalForm(ProposalOrigin originKind, UUID origin, UUID originBody, @Size(max = 500) String originNote,
		@NotNull UUID council, ConsultationTheme theme, @Size(max = 2000) String textFr,
		@Size(max = 2000) String textNl) {

	static final String[] FIELDS = { "originKind", "origin", "originBody", "originNote", "council", "theme", "textFr",
			"textNl" };

	ProposalForm {
		originKind = (originKind != null) ? originKind : ProposalOrigin.SYNTHESIS;
	}

	boolean blank() {
		return (this.textFr == null || this.textFr.isBlank()) && (this.textNl == null || this.textNl.isBlank());
	}

}
