package brussels.maillage.governance.meetings;

/**
 * Where a meeting stands: planned → convened → held → minutes approved, or cancelled or
 * postponed.
 */
public enum MeetingStatus {

	PLANNED, CONVENED, HELD, MINUTES_APPROVED, CANCELLED, POSTPONED;

	/** Whether the meeting took place. */
	public boolean held() {
		return this == HELD || this == MINUTES_APPROVED;
	}

}
