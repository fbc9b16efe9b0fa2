package brussels.maillage.focus;

import jakarta.validation.constraints.Size;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.system.LocalizedText;

/**
 * A new section: a stepped-care level (its title defaults to the level's name) or a
 * question written in French and Dutch.
 *
 * @param level the level gathered, or {@code null} for a question
 * @param sectionTitleFr French title or question
 * @param sectionTitleNl Dutch title or question
 */
record SectionForm(AreaLevel level, @Size(max = 300) String sectionTitleFr, @Size(max = 300) String sectionTitleNl) {

	static SectionForm empty() {
		return new SectionForm(null, "", "");
	}

	LocalizedText title() {
		return LocalizedText.of(this.sectionTitleFr, this.sectionTitleNl, null);
	}

}
