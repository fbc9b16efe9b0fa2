package brussels.maillage.helpdesk.permanences;

/**
 * Whether a line is in service or being replaced (the regional line by the bassin lines).
 */
enum LineState {

	ACTIVE, PHASING_OUT

}
