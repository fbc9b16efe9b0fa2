package brussels.maillage.focus.repertoires;

import jakarta.validation.constraints.Size;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.system.LocalizedText;

/**
 * A new section: a stepped-care level (its title defaults to the level's name) or a
 * question written in French and Dutch.
 *
 * @param level the name of the level gathered, as the pick list sends it, or blank for a
 * question
 * @param sectionTitleFr French title or question
 * @param sectionTitleNl Dutch title or question
 */
record SectionForm(String level, @Size(max = 300) String sectionTitleFr, @Size(max = 300) String sectionTitleNl) {

	static SectionForm empty() {
		return new SectionForm("", "", "");
	}

	/** The level chosen; {@code null} for a question or a name that is not a level. */
	AreaLevel chosenLevel() {
		return java.util.Arrays.stream(AreaLevel.values())
			.filter((known) -> known.name().equals(this.level))
			.findFirst()
			.orElse(null);
	}

	/** Whether a level was sent that is not one of the list. */
	boolean unknownLevel() {
		return this.level != null && !this.level.isBlank() && chosenLevel() == null;
	}

	LocalizedText title() {
		return LocalizedText.of(this.sectionTitleFr, this.sectionTitleNl, null);
	}

}
