package brussels.maillage.governance.meetings;

/** How exact a headcount is: reports print "30aine" (about) or "+35" (at least). */
public enum Precision {

	EXACT, ABOUT, AT_LEAST

}
