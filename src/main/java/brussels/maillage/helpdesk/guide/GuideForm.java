package brussels.maillage.helpdesk.guide;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A page of the guide as a coordinator types it: its place in the guide (a number from 0
 * to 1000, 0 when left empty), its title and its steps in French and Dutch.
 *
 * @param position place in the guide, as typed
 * @param titleFr title in French
 * @param titleNl title in Dutch
 * @param bodyFr steps in French, one per line
 * @param bodyNl steps in Dutch, one per line
 */
record GuideForm(@Pattern(regexp = "\\s*\\+?0*(?:\\d{1,3}|1000)\\s*") String position,
		@NotBlank @Size(max = TITLE_MAX) String titleFr, @NotBlank @Size(max = TITLE_MAX) String titleNl,
		@NotBlank @Size(max = BODY_MAX) String bodyFr, @NotBlank @Size(max = BODY_MAX) String bodyNl) {

	static final int TITLE_MAX = 200;

	static final int BODY_MAX = 10_000;

	/** The fields in page order, for the error summary. */
	static final String[] FIELDS = { "position", "titleFr", "titleNl", "bodyFr", "bodyNl" };

	GuideForm {
		position = (position == null || position.isEmpty()) ? "0" : position;
	}

	/** The form of a page as stored. */
	static GuideForm of(GuidePage page) {
		return new GuideForm(String.valueOf(page.position()), page.title().fr(), page.title().nl(), page.body().fr(),
				page.body().nl());
	}

	/** A new page, placed after the {@code pages} there are. */
	static GuideForm after(int pages) {
		return new GuideForm(String.valueOf(pages + 1), null, null, null, null);
	}

	/** The place in the guide, once the form is valid. */
	int order() {
		return Integer.parseInt(this.position.strip());
	}

}
