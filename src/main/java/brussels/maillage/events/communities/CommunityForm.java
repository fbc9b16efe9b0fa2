package brussels.maillage.events.communities;

/**
 * A new community as typed (its rules in {@link CommunityChecks}).
 *
 * @param nameFr name in French
 * @param nameNl name in Dutch
 * @param territory territory code
 */
record CommunityForm(String nameFr, String nameNl, String territory) {

	CommunityForm {
		nameFr = (nameFr != null) ? nameFr : "";
		nameNl = (nameNl != null) ? nameNl : "";
		territory = (territory != null) ? territory : "";
	}

}
