package brussels.maillage.focus.trainings;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import brussels.maillage.system.LocalizedText;

/**
 * A training chosen from the cadastre for a repertoire, with the editor's short note.
 *
 * @param trainingId the training
 * @param noteFr French note
 * @param noteNl Dutch note
 */
record TrainingEntryForm(@NotNull UUID trainingId, @Size(max = 500) String noteFr, @Size(max = 500) String noteNl) {

	LocalizedText note() {
		return LocalizedText.of(this.noteFr, this.noteNl, null);
	}

}
