package brussels.maillage.focus.repertoires;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import brussels.maillage.system.LocalizedText;

/**
 * A service chosen from the directory for a section, with the editor's short note.
 *
 * @param sectionId the section
 * @param serviceId the directory service
 * @param noteFr French note
 * @param noteNl Dutch note
 */
record EntryForm(@NotNull UUID sectionId, @NotNull UUID serviceId, @Size(max = 500) String noteFr,
		@Size(max = 500) String noteNl) {

	LocalizedText note() {
		return LocalizedText.of(this.noteFr, this.noteNl, null);
	}

}
