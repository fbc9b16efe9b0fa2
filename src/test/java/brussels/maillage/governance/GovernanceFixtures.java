package brussels.maillage.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.BodyKind;
import brussels.maillage.governance.bodies.ConsultationTheme;
import brussels.maillage.governance.bodies.MemberType;
import brussels.maillage.governance.bodies.MembershipRole;
import brussels.maillage.governance.bodies.MembershipStatus;
import brussels.maillage.governance.bodies.NewMembership;
import brussels.maillage.governance.meetings.MeetingStatus;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.meetings.PlanMeeting;
import brussels.maillage.governance.meetings.Precision;
import brussels.maillage.system.LocalizedText;

/**
 * Small governance fixtures of their own (a council or a series of bassin Sud with a
 * unique code), so a test never changes the demo's bodies.
 */
public final class GovernanceFixtures {

	private GovernanceFixtures() {
	}

	public static Body council(BodiesService bodies, String name) {
		return body(bodies, BodyKind.BASSIN_COUNCIL, null, name);
	}

	public static Body consultation(BodiesService bodies, String name) {
		return body(bodies, BodyKind.CONSULTATION_SERIES, ConsultationTheme.PREVENTION, name);
	}

	private static Body body(BodiesService bodies, BodyKind kind, ConsultationTheme theme, String name) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		String code = "TEST-" + kind.name() + "-" + tag;
		bodies.ensure(new Body(UUID.randomUUID(), code, kind, "SUD", theme,
				LocalizedText.of(name + " " + tag, name + " " + tag + " (nl)", null)));
		return bodies.body(code).orElseThrow();
	}

	public static UUID member(BodiesService bodies, Body body, String name, String email, String category,
			MembershipRole role, MembershipStatus status, LocalDate startsOn) {
		return bodies.addMembership(body, new NewMembership(startsOn.getYear(), name, email, null, "Asbl " + name,
				category, role, MemberType.PROFESSIONAL, status, startsOn, null, "2025-01"), "test");
	}

	public static UUID heldMeeting(MeetingsService meetings, Clock clock, Body body, LocalDate day, Integer headcount) {
		UUID meeting = meetings.recordPast(body,
				new PlanMeeting(LocalizedText.of("Réunion du " + day, "Vergadering van " + day, null),
						day.atTime(9, 30).atZone(clock.getZone()).toInstant(),
						day.atTime(12, 0).atZone(clock.getZone()).toInstant(), "Rue de la Station 12, 1190 Forest", 1),
				MeetingStatus.HELD, "test");
		if (headcount != null) {
			meetings.recordAttendance(meeting, Map.of(), 0, headcount, Precision.EXACT, "test");
		}
		return meeting;
	}

}
