package brussels.maillage.focus;

import java.util.UUID;

import brussels.maillage.directory.cadastres.Training;
import brussels.maillage.system.LocalizedText;

/**
 * A training of the cadastre as a repertoire shows it: the editor's note, the cadastre's
 * current record and its theme's label, and whether readers should be warned.
 *
 * @param entryId the entry in the repertoire
 * @param trainingId the training of the cadastre
 * @param note the editor's note
 * @param training the training as the cadastre has it now, or {@code null} when it was
 * removed from the cadastre
 * @param theme the label of the training's theme, empty when unknown
 * @param flag why it needs attention, or {@code null}
 */
public record ListedTraining(UUID entryId, UUID trainingId, LocalizedText note, Training training, LocalizedText theme,
		Flag flag) {

	/** Why a listed training needs attention. */
	public enum Flag {

		/** The cadastre no longer has it. */
		MISSING,
		/** Its last day (or its only day) has passed. */
		ENDED;

		/** Message key of the warning. */
		public String messageKey() {
			return "focus.trainingFlag." + name();
		}

	}

}
