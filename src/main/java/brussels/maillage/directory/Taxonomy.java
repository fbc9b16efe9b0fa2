package brussels.maillage.directory;

import java.util.UUID;

/**
 * A taxonomy whose terms classify services.
 *
 * @param id taxonomy id
 * @param name name
 * @param description what it classifies
 * @param uri where it is published, or {@code null}
 * @param version its version, or {@code null}
 */
public record Taxonomy(UUID id, String name, String description, String uri, String version) {
}
