package brussels.maillage.events.communities;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import brussels.maillage.events.EventsService;
import brussels.maillage.system.DemoMode;
import brussels.maillage.system.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo community of practice, loaded once when demo data is on: eight members from
 * several professions and ten meetings in the last complete year (none in July and
 * August) with their attendance, so that the yearly fee statements have content.
 * Fictitious people at example addresses.
 */
@Component
@Order(52)
class DemoCommunities implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCommunities.class);

	static final LocalizedText NAME = LocalizedText.of("Communauté de pratique soins à domicile – Nord",
			"Praktijkgemeenschap thuiszorg – Noord", "Home care community of practice – North");

	private static final List<String[]> MEMBERS = List.of(new String[] { "Nadia El Amrani", "infirmière à domicile" },
			new String[] { "Pieter Claes", "huisarts" }, new String[] { "Sophie Lambert", "assistante sociale" },
			new String[] { "Youssef Benali", "kinésithérapeute" }, new String[] { "Els Vermeulen", "apotheker" },
			new String[] { "Marie Dubois", "aide familiale" }, new String[] { "Tom Janssens", "ergotherapeut" },
			new String[] { "Aïcha Diallo", "médiatrice interculturelle" });

	private static final List<String> TOPICS = List.of("Sortie d'hôpital : qui prévient qui ?",
			"La concertation autour du patient", "Le secret partagé", "Les aidants proches épuisés",
			"Polymédication des personnes âgées", "Accès aux soins sans couverture", "Santé mentale à domicile",
			"Soins palliatifs : le rôle de chacun·e", "Outils numériques partagés", "Bilan de l'année");

	private final DemoMode demoMode;

	private final CommunityService communities;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoCommunities(DemoMode demoMode, CommunityService communities, JdbcClient jdbc, TransactionTemplate transactions,
			Clock clock) {
		this.clock = clock;
		this.demoMode = demoMode;
		this.communities = communities;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.enabled()
				|| this.jdbc.sql("select count(*) from community").query(Long.class).single() > 0) {
			return;
		}
		this.transactions.executeWithoutResult(
				(status) -> load(LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE).getYear() - 1));
	}

	private void load(int year) {
		UUID community = this.communities.create(NAME, "NORD");
		List<UUID> members = new ArrayList<>();
		for (int i = 0; i < MEMBERS.size(); i++) {
			String[] member = MEMBERS.get(i);
			members
				.add(this.communities.addMember(community, member[0], "membre-" + (i + 1) + "@example.org", member[1]));
		}
		int meetings = 0;
		int present = 0;
		for (Month month : Month.values()) {
			if (month == Month.JULY || month == Month.AUGUST) {
				continue;
			}
			// The second Thursday of the month.
			LocalDate day = LocalDate.of(year, month, 1)
				.with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.THURSDAY));
			UUID meeting = this.communities.addMeeting(community, day, TOPICS.get(meetings));
			for (int m = 0; m < members.size(); m++) {
				// Each member misses two or three meetings of the year, not the same
				// ones.
				if ((meetings + 3 * m) % 4 != 0 || (m % 3 == 0 && meetings % 5 == 1)) {
					this.communities.markPresent(meeting, members.get(m));
					present++;
				}
			}
			meetings++;
		}
		log.info("Demo community of practice loaded: {} members, {} meetings in {}, {} attendances", members.size(),
				meetings, year, present);
	}

}
