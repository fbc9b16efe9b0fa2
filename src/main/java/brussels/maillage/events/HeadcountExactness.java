package brussels.maillage.events;

/** How exact a headcount is: people counted one by one, or an estimate. */
public enum HeadcountExactness {

	EXACT, ESTIMATED

}
