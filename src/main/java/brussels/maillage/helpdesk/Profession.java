package brussels.maillage.helpdesk;

/** The caller's profession. */
public enum Profession {

	GP, NURSE, PHARMACIST, SOCIAL_WORKER, HOME_HELP, MENTAL_HEALTH, PHYSIOTHERAPIST, COORDINATOR, ADMINISTRATIVE,
	CITIZEN, OTHER

}
