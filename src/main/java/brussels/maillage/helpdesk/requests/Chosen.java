package brussels.maillage.helpdesk.requests;

/**
 * A directory service chosen as an orientation on the request form.
 *
 * @param id service id
 * @param name its name in the page's language
 * @param organization the organisation providing it
 */
record Chosen(String id, String name, String organization) {
}
