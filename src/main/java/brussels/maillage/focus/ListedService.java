package brussels.maillage.focus;

import java.util.UUID;

import brussels.maillage.directory.ServiceDetails;
import brussels.maillage.system.LocalizedText;

/**
 * A service as a repertoire shows it: the editor's note, the directory's current record,
 * and whether readers should be warned.
 *
 * @param entryId the entry in the repertoire
 * @param serviceId the directory service
 * @param note the editor's note
 * @param service the service as the directory has it now, or {@code null} when it was
 * removed from the directory
 * @param flag why it needs attention, or {@code null}
 */
public record ListedService(UUID entryId, UUID serviceId, LocalizedText note, ServiceDetails service, Flag flag) {

	/** Why a listed service needs attention. */
	public enum Flag {

		/** The directory no longer has it. */
		MISSING,
		/** It has closed. */
		CLOSED,
		/** It is temporarily closed. */
		TEMPORARILY_CLOSED,
		/**
		 * Its information has not been verified for longer than the configured period.
		 */
		STALE;

		/** Message key of the warning. */
		public String messageKey() {
			return "focus.flag." + name();
		}

	}

	/** Whether it is flagged. */
	public boolean flagged() {
		return this.flag != null;
	}

}
