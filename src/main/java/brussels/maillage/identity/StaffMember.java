package brussels.maillage.identity;

/**
 * A staff account as other modules may show it: its id and the name it displays.
 *
 * @param id the account's id
 * @param displayName its name
 */
public record StaffMember(long id, String displayName) {
}
