package brussels.maillage.palliative.followups;

/** The coarse category of who is followed; never who they are. */
enum PersonCategory {

	PATIENT, RELATIVE, PROFESSIONAL, INSTITUTION_TEAM

}
