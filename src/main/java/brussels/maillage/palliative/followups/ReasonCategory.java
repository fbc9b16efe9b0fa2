package brussels.maillage.palliative.followups;

/** Why a team is followed (team follow-ups only), as a category, never the story. */
enum ReasonCategory {

	EUTHANASIA, DEATH_OF_RESIDENT, CRISIS_IN_TEAM, OTHER

}
