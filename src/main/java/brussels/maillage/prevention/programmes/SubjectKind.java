package brussels.maillage.prevention.programmes;

/**
 * What a programme tags: an event, a helpdesk request, a Focus repertoire or a directory
 * theme (each kept by its id in its own module).
 */
enum SubjectKind {

	EVENT, HELPDESK_REQUEST, FOCUS_REPERTOIRE, DIRECTORY_THEME

}
