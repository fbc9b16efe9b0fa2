package brussels.maillage.directory.review;

import java.time.Instant;
import java.util.UUID;

import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.system.LocalizedText;

/**
 * A service in an editor's list.
 *
 * @param id service id
 * @param name its name
 * @param organization its organisation's name
 * @param lastVerifiedAt when it was last verified, or {@code null}
 * @param lastVerifiedBy by whom, or {@code null}
 * @param status whether it is open
 */
record ReviewItem(UUID id, LocalizedText name, String organization, Instant lastVerifiedAt, String lastVerifiedBy,
		ServiceStatus status) {
}
