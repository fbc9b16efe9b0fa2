package brussels.maillage.governance.syntheses;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * One synthesis item as staff type it.
 *
 * @param section context, finding, lead or proposal
 * @param textFr French text
 * @param textNl Dutch text
 */
record ItemForm(@NotNull Section section, @Size(max = 2000) String textFr, @Size(max = 2000) String textNl) {

	static final String[] FIELDS = { "section", "textFr", "textNl" };

	static ItemForm empty() {
		return new ItemForm(Section.FINDING, null, null);
	}

	boolean blank() {
		return (this.textFr == null || this.textFr.isBlank()) && (this.textNl == null || this.textNl.isBlank());
	}

}
