package brussels.maillage.governance.meetings;

import java.util.List;

import brussels.maillage.governance.bodies.Membership;

/**
 * Who was expected at a meeting and who came.
 *
 * @param meeting the meeting
 * @param lines the members seated on the meeting's date, with their attendance
 * @param registered confirmed registrations (open series), else 0
 * @param registeredPresent registrants checked in as present (open series), else 0
 * @param others the participants who are not members, with their category
 */
public record AttendanceSheet(Meeting meeting, List<Line> lines, int registered, int registeredPresent,
		List<Participant> others) {

	public AttendanceSheet {
		lines = List.copyOf(lines);
		others = List.copyOf(others);
	}

	/** Members counted in the rate: seated on the date and not substitutes. */
	public long expected() {
		return this.lines.stream().filter(Line::counted).count();
	}

	/** Counted members who attended (present or represented). */
	public long attended() {
		return this.lines.stream()
			.filter((line) -> line.counted() && line.status() != null && line.status().attended())
			.count();
	}

	/**
	 * The attendance rate in percent, or {@code null} without expected members or before
	 * any attendance is recorded.
	 */
	public Integer rate() {
		boolean recorded = this.lines.stream().anyMatch((line) -> line.status() != null);
		return (expected() == 0 || !recorded) ? null : (int) Math.round(100.0 * attended() / expected());
	}

	/**
	 * How many took part: the headcount when only that is known, else members who came,
	 * other participants, registrants present and walk-ins.
	 */
	public int participants() {
		if (this.meeting.headcount() != null) {
			return this.meeting.headcount();
		}
		long members = this.lines.stream().filter((line) -> line.status() != null && line.status().attended()).count();
		return (int) members + this.others.size() + this.registeredPresent + this.meeting.walkIns();
	}

	/**
	 * One member's line.
	 *
	 * @param membership the membership
	 * @param status their attendance, or {@code null} when not recorded
	 * @param counted whether they count in the rate
	 */
	public record Line(Membership membership, AttendanceStatus status, boolean counted) {
	}

}
