package brussels.maillage.palliative.volunteers;

/** Where a candidate stands in a training cycle. */
enum TrainingStatus {

	ENROLLED, TRAINED, DROPPED_OUT

}
