package brussels.maillage.care.forms;

/**
 * An entry of a pick list: a code and its label in the reader's language.
 *
 * @param code the value sent
 * @param label what the reader sees
 */
public record Choice(String code, String label) {
}
