package brussels.maillage.care.statements;

/** Where a statement stands: draft → sent → approved → paid. */
public enum StatementStatus {

	DRAFT, SENT, APPROVED, PAID;

	/** The status that follows this one, or {@code null} when paid. */
	public StatementStatus next() {
		return switch (this) {
			case DRAFT -> SENT;
			case SENT -> APPROVED;
			case APPROVED -> PAID;
			case PAID -> null;
		};
	}

	/** Whether its lines may still change. */
	public boolean editable() {
		return this == DRAFT;
	}

}
