package brussels.maillage.focus.repertoires;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import brussels.maillage.focus.Repertoire;
import brussels.maillage.system.LocalizedText;

/**
 * What an editor types for a repertoire's address, title and introduction.
 *
 * @param slug the last part of the public address
 * @param titleFr French title
 * @param titleNl Dutch title
 * @param introductionFr French introduction
 * @param introductionNl Dutch introduction
 */
record RepertoireForm(@NotBlank @Size(max = 80) String slug, @Size(max = 200) String titleFr,
		@Size(max = 200) String titleNl, @Size(max = 4000) String introductionFr,
		@Size(max = 4000) String introductionNl) {

	static final String SLUG = "^[a-z0-9]+(-[a-z0-9]+)*$";

	/** Keeps the address as typed (capitals included: they are refused next to it). */
	RepertoireForm {
		slug = (slug != null) ? slug.strip() : "";
	}

	static RepertoireForm empty() {
		return new RepertoireForm("", "", "", "", "");
	}

	static RepertoireForm of(Repertoire repertoire) {
		return new RepertoireForm(repertoire.slug(), repertoire.title().fr(), repertoire.title().nl(),
				repertoire.introduction().fr(), repertoire.introduction().nl());
	}

	LocalizedText title() {
		return LocalizedText.of(this.titleFr, this.titleNl, null);
	}

	LocalizedText introduction() {
		return LocalizedText.of(this.introductionFr, this.introductionNl, null);
	}

}
