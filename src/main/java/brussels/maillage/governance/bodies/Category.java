package brussels.maillage.governance.bodies;

import brussels.maillage.system.LocalizedText;

/**
 * A category of actors a council must invite at least, with where the rule comes from.
 *
 * @param code stable code
 * @param bodyKind the kind of council it applies to
 * @param position order in the legal list
 * @param name name in fr/nl/en
 * @param legalReference the article (or note) that lists it
 */
public record Category(String code, BodyKind bodyKind, int position, LocalizedText name, String legalReference) {
}
