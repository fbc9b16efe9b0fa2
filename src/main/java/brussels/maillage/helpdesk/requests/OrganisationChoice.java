package brussels.maillage.helpdesk.requests;

/**
 * An organisation of the directory offered as the caller's organisation.
 *
 * @param id its id in the directory
 * @param name its name
 */
record OrganisationChoice(String id, String name) {
}
