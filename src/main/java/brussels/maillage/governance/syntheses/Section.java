package brussels.maillage.governance.syntheses;

/** The parts of a synthesis, in the order they are printed. */
public enum Section {

	CONTEXT, FINDING, LEAD, PROPOSAL

}
