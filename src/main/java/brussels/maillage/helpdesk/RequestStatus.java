package brussels.maillage.helpdesk;

/**
 * Where a request stands; a draft comes from the e-mail intake and waits for a
 * respondent.
 */
public enum RequestStatus {

	DRAFT, OPEN, WAITING, CLOSED

}
