package brussels.maillage.governance.meetings;

/** A member's attendance at a meeting. */
public enum AttendanceStatus {

	PRESENT, EXCUSED, ABSENT, REPRESENTED;

	/** Whether the member's seat was filled (present, or represented). */
	public boolean attended() {
		return this == PRESENT || this == REPRESENTED;
	}

}
