package brussels.maillage.governance.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.BodyKind;
import brussels.maillage.governance.bodies.Category;
import brussels.maillage.governance.bodies.Membership;
import brussels.maillage.governance.bodies.MemberType;
import brussels.maillage.governance.bodies.MembershipRole;
import brussels.maillage.governance.bodies.MembershipStatus;
import brussels.maillage.governance.bodies.NewMembership;
import brussels.maillage.governance.meetings.AttendanceStatus;
import brussels.maillage.governance.meetings.MeetingStatus;
import brussels.maillage.governance.meetings.MeetingsService;
import brussels.maillage.governance.meetings.PlanMeeting;
import brussels.maillage.governance.meetings.Precision;
import brussels.maillage.system.DemoMode;
import brussels.maillage.system.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Demo governance as the seeds tell it: the 2025 bassin councils (started in February
 * 2025, 3 meetings a year, members per category with some categories missing), the 2024
 * consultations with the attendance figures of the 2024 activity report (annex 1), its
 * change workshops in February, June and October, and the CAR meetings of July and
 * November 2024 (88 and 89 participants). Persons and exact days are invented; the seeds
 * give months and counts only.
 */
@Component
class DemoGovernance {

	private static final Logger log = LoggerFactory.getLogger(DemoGovernance.class);

	private static final String BY = "demo";

	/**
	 * Categories without a member in each bassin's 2025 council, so the warning shows.
	 */
	private static final Map<String, Set<String>> MISSING = Map.of("NORD",
			Set.of("FAMILY_PLANNING", "QUARTIER_REFERENT"), "NORD_EST", Set.of("CAW_LDC"), "SUD",
			Set.of("FAMILY_PLANNING", "CAW_LDC", "SOCIAL_COORDINATION"), "SUD_EST", Set.of(), "CENTRE_OUEST",
			Set.of("HOME_HELP", "FAMILY_PLANNING"));

	/** Annex 1: 2024 mental-health consultation, people per bassin. */
	private static final Map<String, Object[]> MENTAL_HEALTH_2024 = Map.of("CENTRE_OUEST",
			new Object[] { 30, Precision.EXACT }, "NORD", new Object[] { 21, Precision.EXACT }, "NORD_EST",
			new Object[] { 35, Precision.EXACT }, "SUD_EST", new Object[] { 40, Precision.EXACT }, "SUD",
			new Object[] { 30, Precision.ABOUT });

	/** Annex 1: 2024 prevention and health promotion consultation, people per bassin. */
	private static final Map<String, Object[]> PREVENTION_2024 = Map.of("CENTRE_OUEST",
			new Object[] { 30, Precision.EXACT }, "NORD", new Object[] { 21, Precision.EXACT }, "NORD_EST",
			new Object[] { 20, Precision.ABOUT }, "SUD_EST", new Object[] { 28, Precision.EXACT }, "SUD",
			new Object[] { 35, Precision.AT_LEAST });

	private static final List<String> FIRST = List.of("Anne", "Karim", "Sofie", "Luc", "Fatima", "Pieter", "Claire",
			"Youssef", "Els", "Marc", "Nadia", "Tom", "Hélène", "Bram", "Ines", "David");

	private static final List<String> LAST = List.of("Dubois", "Peeters", "El Amrani", "Janssens", "Lambert", "Maes",
			"Diallo", "Willems", "Renard", "Claes", "Benali", "Wouters", "Lemaire", "Goossens");

	private static final Map<String, String> ORGANISATIONS = Map.ofEntries(
			Map.entry("GP", "Cercle de médecine générale"), Map.entry("MEDICAL_HOUSE", "Maison médicale"),
			Map.entry("NURSING", "Soins infirmiers à domicile"), Map.entry("SOCIAL_SERVICES", "Service social du CPAS"),
			Map.entry("HOME_HELP", "Service d'aide aux familles"),
			Map.entry("MENTAL_HEALTH", "Service de santé mentale"), Map.entry("FAMILY_PLANNING", "Planning familial"),
			Map.entry("HEALTH_PROMOTION", "Service de promotion de la santé"),
			Map.entry("CAW_LDC", "Lokaal dienstencentrum"), Map.entry("SOCIAL_COORDINATION", "Coordination sociale"),
			Map.entry("QUARTIER_REFERENT", "Quartier social-santé"));

	private final DemoMode demo;

	private final BodiesService bodies;

	private final MeetingsService meetings;

	private final ZoneId zone;

	private int person;

	private final DemoRecords records;

	DemoGovernance(DemoMode demo, BodiesService bodies, MeetingsService meetings, Clock clock, DemoRecords records) {
		this.records = records;
		this.demo = demo;
		this.bodies = bodies;
		this.meetings = meetings;
		this.zone = clock.getZone();
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		Body sud = this.bodies.body("CAB-SUD").orElse(null);
		if (!this.demo.enabled() || sud == null || !this.bodies.years(sud.id()).isEmpty()) {
			return;
		}
		for (Body body : this.bodies.bodies()) {
			if (body.kind() == BodyKind.BASSIN_COUNCIL) {
				council(body);
			}
			else if (body.kind() == BodyKind.WORKSHOP_SERIES) {
				for (LocalDate day : List.of(LocalDate.of(2024, 2, 20), LocalDate.of(2024, 6, 18),
						LocalDate.of(2024, 10, 15))) {
					past(body, body.name(), day, MeetingStatus.HELD);
				}
			}
			else if (body.code().endsWith("-MENTAL_HEALTH")) {
				consultation(body, LocalDate.of(2024, 5, 14), MENTAL_HEALTH_2024.get(body.territory()));
			}
			else if (body.code().endsWith("-PREVENTION")) {
				consultation(body, LocalDate.of(2024, 11, 19), PREVENTION_2024.get(body.territory()));
			}
			else if (body.kind() == BodyKind.REGIONAL_COUNCIL) {
				headcount(past(body, body.name(), LocalDate.of(2024, 7, 2), MeetingStatus.HELD), 88);
				headcount(past(body, body.name(), LocalDate.of(2024, 11, 26), MeetingStatus.HELD), 89);
			}
		}
		this.records.load();
		log.info("Demo governance loaded");
	}

	private void consultation(Body body, LocalDate day, Object[] count) {
		UUID meeting = past(body, body.name(), day, MeetingStatus.HELD);
		this.meetings.recordAttendance(meeting, Map.of(), 0, (Integer) count[0], (Precision) count[1], BY);
	}

	private void headcount(UUID meeting, int count) {
		this.meetings.recordAttendance(meeting, Map.of(), 0, count, Precision.EXACT, BY);
	}

	private UUID past(Body body, LocalizedText title, LocalDate day, MeetingStatus status) {
		return this.meetings.recordPast(body,
				new PlanMeeting(title, day.atTime(LocalTime.of(9, 30)).atZone(this.zone).toInstant(),
						day.atTime(LocalTime.of(12, 0)).atZone(this.zone).toInstant(), null, 1),
				status, BY);
	}

	private void council(Body body) {
		Set<String> missing = MISSING.getOrDefault(body.territory(), Set.of());
		boolean first = true;
		for (Category category : this.bodies.categories(body)) {
			if (missing.contains(category.code())) {
				continue;
			}
			member(body, category.code(), first ? MembershipRole.CHAIR : MembershipRole.MEMBER, MemberType.PROFESSIONAL,
					MembershipStatus.ACTIVE, LocalDate.of(2025, 1, 1));
			first = false;
		}
		member(body, null, MembershipRole.MEMBER, MemberType.CITIZEN, MembershipStatus.ACTIVE,
				LocalDate.of(2025, 1, 1));
		member(body, "GP", MembershipRole.SUBSTITUTE, MemberType.PROFESSIONAL, MembershipStatus.ACTIVE,
				LocalDate.of(2025, 1, 1));
		member(body, "NURSING", MembershipRole.MEMBER, MemberType.PROFESSIONAL, MembershipStatus.DECLINED,
				LocalDate.of(2025, 1, 1));
		// Joined in June: not expected at the February meeting.
		member(body, "MENTAL_HEALTH", MembershipRole.MEMBER, MemberType.PROFESSIONAL, MembershipStatus.ACTIVE,
				LocalDate.of(2025, 6, 1));
		List<LocalDate> days = List.of(LocalDate.of(2025, 2, 25), LocalDate.of(2025, 6, 17),
				LocalDate.of(2025, 10, 21));
		int n = 0;
		for (LocalDate day : days) {
			UUID meeting = past(body,
					LocalizedText.of(body.name().fr() + " – réunion " + (n + 1),
							body.name().nl() + " – vergadering " + (n + 1), body.name().en() + " – meeting " + (n + 1)),
					day, MeetingStatus.HELD);
			Map<UUID, AttendanceStatus> attendance = new LinkedHashMap<>();
			int i = 0;
			for (Membership m : this.bodies.memberships(body.id(), 2025)) {
				if (m.status().seated() && !m.startsOn().isAfter(day)) {
					attendance.put(m.id(), ((i + n) % 4 == 3) ? AttendanceStatus.EXCUSED : AttendanceStatus.PRESENT);
				}
				i++;
			}
			this.meetings.recordAttendance(meeting, attendance, 0, null, null, BY);
			n++;
		}
	}

	private void member(Body body, String category, MembershipRole role, MemberType type, MembershipStatus status,
			LocalDate startsOn) {
		int p = this.person++;
		String name = FIRST.get(p % FIRST.size()) + " " + LAST.get((p * 5 + 3) % LAST.size());
		String organisation = (type == MemberType.CITIZEN) ? null
				: ORGANISATIONS.getOrDefault(category, "Association") + " (démo, " + body.name().fr() + ")";
		this.bodies.addMembership(body, new NewMembership(2025, name, null, null, organisation, category, role, type,
				status, startsOn, null, "2025-01"), BY);
	}

}
