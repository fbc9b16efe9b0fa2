package brussels.maillage.palliative.volunteers;

/** The outcome of a motivational interview, and nothing else of it. */
enum Outcome {

	ADMITTED, REDIRECTED, DECLINED, WITHDREW

}
