package brussels.maillage.directory.review;

import java.time.Instant;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * What a member of the public reported about a service.
 *
 * @param id report id
 * @param serviceId the service
 * @param serviceName its name
 * @param message what is wrong, in their words
 * @param contactEmail where they accept an answer, or {@code null} (erased once handled)
 * @param language the language of the page they used
 * @param status {@code open}, {@code accepted} or {@code rejected}
 * @param createdAt when it was sent
 * @param handledBy the editor who closed it, or {@code null}
 * @param handledAt when, or {@code null}
 */
record ServiceReport(UUID id, UUID serviceId, LocalizedText serviceName, String message, String contactEmail,
		String language, String status, Instant createdAt, String handledBy, Instant handledAt) {
}
