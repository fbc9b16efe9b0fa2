package brussels.maillage.helpdesk;

/** The kind of organisation the caller works for. */
public enum OrganisationType {

	MEDICAL_HOUSE, HOME_CARE, HOME_HELP, CPAS, HOSPITAL, NURSING_HOME, MENTAL_HEALTH_SERVICE, SOCIAL_SERVICE,
	HEALTH_INSURANCE, INDEPENDENT, ASSOCIATION, OTHER

}
