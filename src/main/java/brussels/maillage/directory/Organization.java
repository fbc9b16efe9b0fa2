package brussels.maillage.directory;

import java.time.Instant;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * An organisation that provides services.
 *
 * @param id organisation id
 * @param name its name, in the language it uses
 * @param description what it does
 * @param email e-mail address, or {@code null}
 * @param website web site, or {@code null}
 * @param lastModified last change
 */
public record Organization(UUID id, String name, LocalizedText description, String email, String website,
		Instant lastModified) {
}
