package brussels.maillage.palliative.partners;

/**
 * A psychologist of the platform (professionals may be named).
 *
 * @param id psychologist id
 * @param name name
 * @param active whether they can be chosen for a follow-up
 */
record Psychologist(long id, String name, boolean active) {
}
