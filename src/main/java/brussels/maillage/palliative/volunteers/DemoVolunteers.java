package brussels.maillage.palliative.volunteers;

import java.time.LocalDate;
import java.util.List;

import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo year 2024 of the volunteers (activity report 2024, annex 3, action 3): 60
 * motivational interviews, 26 volunteers trained in 2 cycles, the volunteer managers'
 * working group in February (October cancelled), the volunteers' working group in June (9
 * participants) and December (5). The candidates' contact details are erased as the
 * retention setting says, as they would be two years later: only the counts remain.
 */
@Component
class DemoVolunteers {

	private static final Logger log = LoggerFactory.getLogger(DemoVolunteers.class);

	private static final int INTERVIEWS = 60;

	/** Admitted candidates per cycle, and how many of them completed it. */
	private static final int[] ADMITTED = { 18, 16 };

	private static final int[] TRAINED = { 14, 12 };

	private final DemoMode demo;

	private final VolunteerService volunteers;

	private final VolunteerActivities activities;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	DemoVolunteers(DemoMode demo, VolunteerService volunteers, VolunteerActivities activities, Accounts accounts,
			JdbcClient jdbc) {
		this.demo = demo;
		this.volunteers = volunteers;
		this.activities = activities;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		if (!this.demo.enabled() || this.jdbc.sql("select count(*) from palliative_volunteer_candidate")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		List<Long> team = this.accounts.staffOf(TerritoryScope.PALLIATIVE).stream().map((m) -> m.id()).toList();
		if (team.isEmpty()) {
			return;
		}
		String[] cycles = { "Cycle de printemps 2024", "Cycle d'automne 2024" };
		LocalDate[] firstDays = { LocalDate.of(2024, 3, 5), LocalDate.of(2024, 9, 17) };
		for (int c = 0; c < cycles.length; c++) {
			this.activities.createCycle(cycles[c], firstDays[c], 10, 7);
		}
		Outcome[] others = { Outcome.REDIRECTED, Outcome.DECLINED, Outcome.REDIRECTED, Outcome.WITHDREW };
		Language[] languages = { Language.FR, Language.FR, Language.NL, Language.FR, Language.EN, Language.OTHER };
		Source[] sources = Source.values();
		int admittedInAll = 0;
		for (int i = 0; i < INTERVIEWS; i++) {
			// spring candidates apply from January, autumn ones from June
			boolean spring = i < 30;
			LocalDate applied = spring ? LocalDate.of(2024, 1, 8).plusDays(i * 2L)
					: LocalDate.of(2024, 6, 3).plusDays((i - 30) * 2L);
			long id = this.volunteers.add("Candidat·e démo " + (i + 1), "candidat" + (i + 1) + "@example.org", null,
					languages[i % languages.length], sources[i % sources.length], applied);
			int cycle = spring ? 0 : 1;
			int k = spring ? i : i - 30;
			// the cycle's admissions spread over its 30 candidates
			boolean admit = (k + 1) * ADMITTED[cycle] / 30 > k * ADMITTED[cycle] / 30;
			int admittedHere = k * ADMITTED[cycle] / 30;
			Outcome outcome = admit ? Outcome.ADMITTED : others[i % others.length];
			this.volunteers.interview(id, applied.plusDays(10), team.get(i % team.size()), outcome);
			if (admit) {
				boolean trained = admittedHere < TRAINED[cycle];
				this.volunteers.training(id, cycles[cycle], 2024,
						trained ? TrainingStatus.TRAINED : TrainingStatus.DROPPED_OUT, trained ? 8 + (i % 3) : 3);
				admittedInAll++;
			}
		}
		this.activities.recordMeeting("MANAGERS", LocalDate.of(2024, 2, 20), true, null);
		this.activities.recordMeeting("MANAGERS", LocalDate.of(2024, 10, 15), false, null);
		this.activities.recordMeeting("VOLUNTEERS", LocalDate.of(2024, 6, 11), true, 9);
		this.activities.recordMeeting("VOLUNTEERS", LocalDate.of(2024, 12, 10), true, 5);
		this.volunteers.eraseExpiredContacts();
		log.info("Demo palliative volunteers loaded: {} interviews in 2024, {} admitted", INTERVIEWS, admittedInAll);
	}

}
