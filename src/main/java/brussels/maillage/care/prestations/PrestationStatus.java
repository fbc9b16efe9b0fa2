package brussels.maillage.care.prestations;

/**
 * Where a prestation stands: recorded → validated → on a statement → paid, or rejected
 * (with a reason category) or cancelled.
 */
public enum PrestationStatus {

	RECORDED, VALIDATED, ON_STATEMENT, PAID, REJECTED, CANCELLED;

	/** Whether the team may still validate, reject or cancel it. */
	public boolean open() {
		return this == RECORDED || this == VALIDATED;
	}

}
