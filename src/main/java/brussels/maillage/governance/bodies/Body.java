package brussels.maillage.governance.bodies;

import java.util.UUID;

import brussels.maillage.system.LocalizedText;

/**
 * A participative body.
 *
 * @param id body id
 * @param code stable code, for example {@code CAB-SUD}
 * @param kind council, working group or series
 * @param territory {@code REGION} or a bassin code of the territory module
 * @param theme the theme of a consultation series, else {@code null}
 * @param name name in fr/nl/en
 */
public record Body(UUID id, String code, BodyKind kind, String territory, ConsultationTheme theme, LocalizedText name) {
}
