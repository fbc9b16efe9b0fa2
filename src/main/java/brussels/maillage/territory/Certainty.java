package brussels.maillage.territory;

/**
 * How far a placement can be trusted: one bassin on a verified assignment, several
 * possible bassins, a deduced assignment, no bassin known (region level), or not in
 * Brussels at all.
 */
public enum Certainty {

	EXACT, AMBIGUOUS, INFERRED, UNRESOLVED, OUTSIDE

}
