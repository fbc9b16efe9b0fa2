package brussels.maillage.helpdesk;

/** How a request reached the helpdesk. */
public enum Channel {

	PHONE, EMAIL, ON_SITE, OTHER

}
