package brussels.maillage.palliative.followups;

/**
 * Who is followed together: one person, a team (for example of a nursing home), a group.
 */
public enum FollowUpKind {

	INDIVIDUAL, TEAM, GROUP

}
