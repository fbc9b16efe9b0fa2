package brussels.maillage.palliative.followups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.palliative.partners.PartnerService;
import brussels.maillage.palliative.partners.ReferringTeam;
import brussels.maillage.system.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo year 2024 of the psychological follow-ups, with the figures of the 2024
 * activity report (annex 3, action 2): 52 individual follow-ups, 399 visits held, 40
 * appointments cancelled by the people followed, 2 team follow-ups in nursing homes after
 * a resident's euthanasia. Eight of the individual ones began in late 2023, so that the
 * follow-ups new in 2024 (44) and active in 2024 (52) differ.
 */
@Component
class DemoFollowUps {

	private static final Logger log = LoggerFactory.getLogger(DemoFollowUps.class);

	/** Individual follow-ups per bassin, 52 in all. */
	private static final List<String> BASSINS = TerritoryScope.BASSIN_CODES;

	private static final int[] INDIVIDUAL = { 14, 9, 8, 10, 11 };

	private static final int VISITS_HELD = 399;

	private static final int CANCELLED_BY_PERSON = 40;

	private final DemoMode demo;

	private final FollowUpRepository followUps;

	private final VisitRepository visits;

	private final JdbcClient jdbc;

	private final PartnerService partners;

	DemoFollowUps(DemoMode demo, FollowUpRepository followUps, VisitRepository visits, JdbcClient jdbc,
			PartnerService partners) {
		this.partners = partners;
		this.demo = demo;
		this.followUps = followUps;
		this.visits = visits;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void load() {
		if (!this.demo.enabled()
				|| this.jdbc.sql("select count(*) from palliative_follow_up").query(Long.class).single() > 0) {
			return;
		}
		String[] teams = { "SECOND_LINE_A", "SECOND_LINE_B", "SECOND_LINE_C", "SECOND_LINE_D" };
		for (int i = 0; i < teams.length; i++) {
			char letter = (char) ('A' + i);
			this.partners.addTeam(new ReferringTeam(teams[i], "Équipe de seconde ligne " + letter,
					"Tweedelijnsteam " + letter, "Second-line team " + letter, i, true));
		}
		List<Long> psychologists = List.of(this.partners.addPsychologist("Anne Demeulemeester"),
				this.partners.addPsychologist("Pieter Van Damme"), this.partners.addPsychologist("Salma Benali"));
		Random random = new Random(2024);
		PersonCategory[] categories = { PersonCategory.PATIENT, PersonCategory.PATIENT, PersonCategory.RELATIVE,
				PersonCategory.RELATIVE, PersonCategory.PROFESSIONAL };
		CareSetting[] settings = { CareSetting.HOME, CareSetting.HOME, CareSetting.NURSING_HOME, CareSetting.HOSPITAL };
		List<long[]> individual = new ArrayList<>();
		int number = 0;
		for (int b = 0; b < BASSINS.size(); b++) {
			for (int i = 0; i < INDIVIDUAL[b]; i++, number++) {
				// eight began in late 2023, the others through 2024
				LocalDate referred = (number % 6 == 5 && number < 48) ? LocalDate.of(2023, 10, 2).plusDays(number)
						: LocalDate.of(2024, 1, 8).plusDays((number * 6L) % 300);
				long id = this.followUps.insert(code(random),
						new NewFollowUp(FollowUpKind.INDIVIDUAL, categories[number % categories.length],
								settings[number % settings.length], BASSINS.get(b), teams[number % teams.length], null,
								null, psychologists.get(number % psychologists.size()), referred));
				this.followUps.recordStatus(id, FollowUpStatus.REFERRED, referred, null);
				LocalDate started = referred.plusDays(5);
				this.followUps.recordStatus(id, FollowUpStatus.ACTIVE, started, null);
				individual.add(new long[] { id, started.toEpochDay() });
			}
		}
		int[] held = spread(VISITS_HELD, individual.size(), random);
		int[] cancelled = spread(CANCELLED_BY_PERSON, individual.size(), random);
		for (int i = 0; i < individual.size(); i++) {
			long id = individual.get(i)[0];
			LocalDate first = LocalDate
				.ofEpochDay(Math.max(individual.get(i)[1], LocalDate.of(2024, 1, 3).toEpochDay()))
				.plusDays(3);
			List<VisitStatus> statuses = new ArrayList<>();
			for (int v = 0; v < held[i] + cancelled[i]; v++) {
				statuses.add((v < held[i]) ? VisitStatus.HELD : VisitStatus.CANCELLED_BY_PERSON);
			}
			java.util.Collections.shuffle(statuses, random);
			LocalDate last = first;
			for (int v = 0; v < statuses.size(); v++) {
				LocalDate day = first.plusDays(v * 9L);
				if (day.getYear() > 2024) {
					day = LocalDate.of(2024, 12, 20 - (statuses.size() - v) % 15);
				}
				last = day.isAfter(last) ? day : last;
				this.visits.insert(id, day, VisitMode.values()[(i + v) % VisitMode.values().length], statuses.get(v));
			}
			if (i % 5 != 0) {
				this.followUps.recordStatus(id, FollowUpStatus.CLOSED,
						last.plusDays(7).isAfter(LocalDate.of(2024, 12, 31)) ? LocalDate.of(2024, 12, 31)
								: last.plusDays(7),
						null);
			}
		}
		for (String bassin : List.of("SUD_EST", "CENTRE_OUEST")) {
			LocalDate referred = bassin.equals("SUD_EST") ? LocalDate.of(2024, 3, 11) : LocalDate.of(2024, 9, 16);
			long id = this.followUps.insert(code(random),
					new NewFollowUp(FollowUpKind.TEAM, PersonCategory.INSTITUTION_TEAM, CareSetting.NURSING_HOME,
							bassin, null, ReasonCategory.EUTHANASIA, 12, psychologists.get(0), referred));
			this.followUps.recordStatus(id, FollowUpStatus.REFERRED, referred, null);
			this.followUps.recordStatus(id, FollowUpStatus.ACTIVE, referred.plusDays(2), null);
			this.followUps.recordStatus(id, FollowUpStatus.CLOSED, referred.plusDays(40), null);
		}
		log.info("Demo palliative follow-ups loaded: 52 individual and 2 team follow-ups in 2024");
	}

	/** {@code total} split over {@code parts}, unevenly but exactly. */
	private static int[] spread(int total, int parts, Random random) {
		int[] shares = new int[parts];
		for (int i = 0; i < total; i++) {
			shares[(random.nextInt(parts) + random.nextInt(parts)) / 2]++;
		}
		return shares;
	}

	private String code(Random random) {
		String alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
		while (true) {
			StringBuilder code = new StringBuilder("PSY-");
			for (int i = 0; i < 6; i++) {
				code.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			if (!this.followUps.codeTaken(code.toString())) {
				return code.toString();
			}
		}
	}

}
