package brussels.maillage.governance.proposals;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A proposal as staff type it.
 *
 * @param origin the synthesis item it comes from
 * @param council the council it goes to
 * @param textFr French text
 * @param textNl Dutch text
 */
record ProposalForm(UUID origin, @NotNull UUID council, @Size(max = 2000) String textFr,
		@Size(max = 2000) String textNl) {

	static final String[] FIELDS = { "origin", "council", "textFr", "textNl" };

	boolean blank() {
		return (this.textFr == null || this.textFr.isBlank()) && (this.textNl == null || this.textNl.isBlank());
	}

}
