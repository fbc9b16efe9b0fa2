package brussels.maillage.events.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import brussels.maillage.events.EventActivity;
import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.HeadcountExactness;
import brussels.maillage.events.registration.RegistrationService;
import brussels.maillage.system.DemoMode;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The events of 2024 as the activity report counts them, loaded once when demo data is
 * on: the four Focus live webinars with their registrants and a replay link, and the 80
 * Brus'info sessions by requesting territory (region 40, Centre-Ouest 10, Sud 8, Nord 4,
 * Nord-Est 10, Sud-Est 8) and by delivering team (Centre-Ouest 24, Nord 5, Nord-Est 10,
 * Sud-Est 6, Sud 9, the other 26 regional), most given inside a nursing home or a team
 * (unlisted, with a headcount). Their registrants are long erased, as they would be.
 */
@Component
@Order(51)
class DemoReport2024 implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoReport2024.class);

	/**
	 * The 2024 Focus live webinars: day, title fr/nl, people registered (20 September:
	 * 150 as annex 1 gives it, not the 158 of the activity chapter; see
	 * docs/report-2024.md).
	 */
	static final List<Webinar> WEBINARS = List.of(
			new Webinar(LocalDate.of(2024, 1, 26), "Focus live : soins palliatifs et fin de vie",
					"Focus live: palliatieve zorg en levenseinde", 141),
			new Webinar(LocalDate.of(2024, 4, 19), "Focus live : système de prise en charge du diabète de type 2",
					"Focus live: zorgsysteem voor diabetes type 2", 158),
			new Webinar(LocalDate.of(2024, 9, 20), "Focus live : ressources pour une vie à domicile",
					"Focus live: hulpbronnen om thuis te blijven wonen", 150),
			new Webinar(LocalDate.of(2024, 12, 6), "Focus live santé mentale : soutien et accompagnement à Bruxelles",
					"Focus live geestelijke gezondheid: steun en begeleiding in Brussel", 188));

	/**
	 * Brus'info sessions of 2024 by requesting territory and delivering team: requests of
	 * a bassin answered by its team where the annex's counts allow, the rest by the
	 * regional teams (the 15 on the end of life by the palliative platform).
	 */
	static final List<Share> BRUSINFO = List.of(new Share("CENTRE_OUEST", "CENTRE_OUEST", 10),
			new Share("SUD", "SUD", 8), new Share("NORD", "NORD", 4), new Share("NORD_EST", "NORD_EST", 10),
			new Share("SUD_EST", "SUD_EST", 6), new Share("SUD_EST", "REGION", 2),
			new Share("REGION", "CENTRE_OUEST", 14), new Share("REGION", "SUD", 1), new Share("REGION", "NORD", 1),
			new Share("REGION", "PALLIATIVE", 15), new Share("REGION", "REGION", 9));

	private static final List<String[]> TOPICS = List.of(
			new String[] { "Brus'info : qui fait quoi dans la première ligne ?",
					"Brus'info: wie doet wat in de eerste lijn?" },
			new String[] { "Brus'info : l'organisation territoriale social-santé",
					"Brus'info: de territoriale organisatie van welzijn en gezondheid" },
			new String[] { "Brus'info : l'aide à domicile des 60 ans et plus",
					"Brus'info: thuishulp voor 60-plussers" },
			new String[] { "Brus'info : accès financier aux soins", "Brus'info: financiële toegang tot zorg" },
			new String[] { "Brus'info : santé mentale, par où commencer ?",
					"Brus'info: geestelijke gezondheid, waar beginnen?" });

	private static final List<String[]> END_OF_LIFE = List.of(
			new String[] { "Brus'info : les soins palliatifs en maison de repos",
					"Brus'info: palliatieve zorg in het woonzorgcentrum" },
			new String[] { "Brus'info : les droits du patient", "Brus'info: de rechten van de patiënt" },
			new String[] { "Brus'info : les déclarations anticipées", "Brus'info: de wilsverklaringen" },
			new String[] { "Brus'info : l'euthanasie, ce que dit la loi", "Brus'info: euthanasie, wat de wet zegt" },
			new String[] { "Brus'info : accompagner le deuil", "Brus'info: rouwbegeleiding" });

	private static final List<String> HOSTS = List.of("Maison de repos Les Tilleuls", "Résidence Le Verger",
			"Maison de repos et de soins Les Jardins", "Service d'aide à domicile du quartier",
			"Maison médicale du Canal", "Résidence Sainte-Anne");

	private final DemoMode demoMode;

	private final EventsService events;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TerritoryService territory;

	private final RegistrationService registrations;

	DemoReport2024(DemoMode demoMode, EventsService events, JdbcClient jdbc, TransactionTemplate transactions,
			RegistrationService registrations, TerritoryService territory) {
		this.demoMode = demoMode;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.territory = territory;
		this.registrations = registrations;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.enabled() || this.jdbc.sql("""
				select count(*) from event_session where starts_at >= '2024-01-01' and starts_at < '2025-01-01'""")
			.query(Long.class)
			.single() > 0) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> load());
		log.info("Demo events of 2024 loaded: {} webinars, {} Brus'info sessions", WEBINARS.size(),
				BRUSINFO.stream().mapToInt(Share::sessions).sum());
	}

	private void load() {
		for (Webinar webinar : WEBINARS) {
			String slug = webinar.day().toString();
			UUID id = this.events.create(new EventDraft(EventKind.WEBINAR,
					LocalizedText.of(webinar.titleFr(), webinar.titleNl(), null),
					LocalizedText.of("Présentation du Focus suivie de questions-réponses avec des professionnel·les.",
							"Voorstelling van de Focus, gevolgd door vragen en antwoorden met professionals.", null),
					"bilingual", true, "https://visio.example.org/focus-live-" + slug, null, null, "REGION", List.of(),
					"REGION", 250, List.of(), null, EventStatus.PUBLISHED, List.of(at(webinar.day(), 12, 30, 75)),
					new EventActivity(false, null, null, null, null, "https://replay.example.org/focus-live-" + slug)));
			erased(id, webinar.registered());
		}
		Random random = new Random(80);
		List<LocalDate> days = sessionDays();
		int n = 0;
		int endOfLife = 0;
		for (Share share : BRUSINFO) {
			for (int i = 0; i < share.sessions(); i++, n++) {
				boolean palliative = "PALLIATIVE".equals(share.team());
				String[] title = palliative ? END_OF_LIFE.get(endOfLife++ % END_OF_LIFE.size())
						: TOPICS.get(n % TOPICS.size());
				String organisedFor = (palliative || "REGION".equals(share.team())) ? "REGION" : share.team();
				String placeBassin = "REGION".equals(organisedFor)
						? ("REGION".equals(share.requesting()) ? "CENTRE_OUEST" : share.requesting()) : organisedFor;
				String[] place = DemoEvents.placeIn(this.territory, placeBassin, random);
				// Most are given inside a nursing home or a team; every fifth at a local
				// meeting open to all.
				boolean inside = n % 5 != 4;
				String host = inside ? HOSTS.get(n % HOSTS.size()) : "Rencontre locale inter-acteurs";
				int headcount = (n == 0) ? 22 : 8 + (n * 7) % 23;
				this.events.create(new EventDraft(EventKind.INFO_SESSION,
						LocalizedText.of(title[0] + " – " + host, title[1] + " – " + host, null),
						LocalizedText.of("Séance à la demande, pour l'équipe qui l'a demandée.",
								"Sessie op aanvraag, voor het team dat ze vroeg.", null),
						"fr", false, null, place[0], place[1], organisedFor, List.of(),
						palliative ? "PALLIATIVE" : share.team(), 40, List.of(), null, EventStatus.PUBLISHED,
						List.of(at(days.get(n), 14, 0, 90)),
						new EventActivity(inside, headcount,
								(n % 4 == 3) ? HeadcountExactness.ESTIMATED : HeadcountExactness.EXACT,
								share.requesting(), null, null)));
			}
		}
	}

	/**
	 * Keeps the counts of an event whose registrants were erased, as the nightly job
	 * does.
	 */
	private void erased(UUID id, int registered) {
		this.registrations.keepFiguresForDemo(id, registered);
	}

	/** Tuesdays and Thursdays of 2024 but July and August, enough for every session. */
	private static List<LocalDate> sessionDays() {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = LocalDate.of(2024, 1, 9); day.getYear() == 2024; day = day.plusDays(1)) {
			boolean summer = day.getMonth() == Month.JULY || day.getMonth() == Month.AUGUST;
			if (!summer && (day.getDayOfWeek() == DayOfWeek.TUESDAY || day.getDayOfWeek() == DayOfWeek.THURSDAY)) {
				days.add(day);
			}
		}
		return days;
	}

	private static EventDraft.Times at(LocalDate day, int hour, int minute, int minutes) {
		var start = day.atTime(LocalTime.of(hour, minute)).atZone(EventsService.TIME_ZONE).toInstant();
		return new EventDraft.Times(start, start.plus(Duration.ofMinutes(minutes)));
	}

	/**
	 * A Focus live webinar of 2024.
	 *
	 * @param day its day
	 * @param titleFr title in French
	 * @param titleNl title in Dutch
	 * @param registered people registered, as the report gives them
	 */
	record Webinar(LocalDate day, String titleFr, String titleNl, int registered) {
	}

	/**
	 * Brus'info sessions asked from one territory and given by one team.
	 *
	 * @param requesting where the requests came from
	 * @param team the team that gave them
	 * @param sessions how many
	 */
	record Share(String requesting, String team, int sessions) {
	}

}
