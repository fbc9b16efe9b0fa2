package brussels.maillage.care.prestations;

/** Why a prestation was rejected, as a category. */
enum RejectReason {

	DUPLICATE, NOT_COVERED, OUTSIDE_CASE_PERIOD, MISSING_AGREEMENT, OTHER

}
