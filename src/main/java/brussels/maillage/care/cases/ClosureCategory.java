package brussels.maillage.care.cases;

/** Why a case was closed, as a coarse category (never a note). */
public enum ClosureCategory {

	GOALS_REACHED, MOVED_TO_INSTITUTION, DECEASED, WITHDREW, HANDED_OVER, OTHER

}
