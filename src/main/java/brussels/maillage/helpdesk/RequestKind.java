package brussels.maillage.helpdesk;

/**
 * What a request is about: a question of information or administration, or a complex
 * situation.
 */
public enum RequestKind {

	INFORMATION, COMPLEX

}
