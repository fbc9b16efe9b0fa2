package brussels.maillage.directory;

import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * A term of the directory's two-level taxonomy of themes.
 *
 * @param id term id
 * @param code stable code, for example {@code palliative}
 * @param parentId id of the theme above, or {@code null} for a theme
 * @param taxonomyId id of the taxonomy it belongs to
 * @param label label in fr, nl and en
 */
public record Theme(UUID id, String code, UUID parentId, UUID taxonomyId, LocalizedText label) {
}
