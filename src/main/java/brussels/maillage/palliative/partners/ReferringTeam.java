package brussels.maillage.palliative.partners;

/**
 * A second-line palliative team that refers people to the platform's psychologists (data:
 * the platform keeps the list).
 *
 * @param code its code, in capitals
 * @param fr its name in French
 * @param nl its name in Dutch
 * @param en its name in English
 * @param position its place in pick lists
 * @param active whether it can still be chosen for a new follow-up
 */
public record ReferringTeam(String code, String fr, String nl, String en, int position, boolean active) {
}
