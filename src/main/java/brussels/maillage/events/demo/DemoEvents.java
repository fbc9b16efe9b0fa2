package brussels.maillage.events.demo;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import brussels.maillage.events.EventDraft;
import brussels.maillage.events.EventKind;
import brussels.maillage.events.EventSession;
import brussels.maillage.events.EventStatus;
import brussels.maillage.events.EventsService;
import brussels.maillage.events.registration.RegistrationService;
import brussels.maillage.identity.TerritoryScope;
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
 * A realistic demo agenda, loaded once when demo data is on: Brus'info sessions in every
 * bassin, Focus live webinars, a training cycle, the forum, change workshops and thematic
 * consultations, from three months ago to five months ahead, with registrants and
 * attendance for past events (fictitious people at example addresses).
 */
@Component
@Order(50)
class DemoEvents implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoEvents.class);

	private static final List<String> BASSINS = TerritoryScope.BASSIN_CODES;

	/**
	 * Places of the demo, at least two in each bassin; an event of a bassin is held in
	 * one of that bassin's places, as the territory places its postcode.
	 */
	static final List<String[]> PLACES = List.of(new String[] { "Rue Haute 298", "1000" },
			new String[] { "Boulevard Émile Jacqmain 135", "1000" }, new String[] { "Rue de Brabant 62", "1030" },
			new String[] { "Chaussée de Gand 1022", "1082" }, new String[] { "Rue Jourdan 95", "1060" },
			new String[] { "Avenue de Fré 82", "1180" }, new String[] { "Place Keym 2", "1170" },
			new String[] { "Rue Léon Theodor 108", "1090" }, new String[] { "Boulevard Léopold II 44", "1080" },
			new String[] { "Chaussée de Louvain 467", "1030" }, new String[] { "Square Hoedemaekers 10", "1140" },
			new String[] { "Rue Émile Idiers 12", "1160" }, new String[] { "Avenue Paul Hymans 2", "1200" },
			new String[] { "Place du Conseil 1", "1070" }, new String[] { "Avenue Charles Thielemans 93", "1150" });

	private static final List<String[]> BRUSINFO = List.of(
			new String[] { "Brus'info : la fin de vie à domicile", "Brus'info: het levenseinde thuis" },
			new String[] { "Brus'info : qui fait quoi dans la première ligne ?",
					"Brus'info: wie doet wat in de eerste lijn?" },
			new String[] { "Brus'info : l'aide à domicile des 60 ans et plus",
					"Brus'info: thuishulp voor 60-plussers" },
			new String[] { "Brus'info : accès financier aux soins", "Brus'info: financiële toegang tot zorg" },
			new String[] { "Brus'info : santé mentale, par où commencer ?",
					"Brus'info: geestelijke gezondheid, waar beginnen?" });

	private static final List<String[]> FOCUS = List.of(
			new String[] { "Focus live : soins palliatifs et fin de vie",
					"Focus live: palliatieve zorg en levenseinde" },
			new String[] { "Focus live : diabète de type 2", "Focus live: diabetes type 2" },
			new String[] { "Focus live : santé mentale", "Focus live: geestelijke gezondheid" },
			new String[] { "Focus live : vivre chez soi", "Focus live: thuis wonen" });

	private final DemoMode demoMode;

	private final EventsService events;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TerritoryService territory;

	private final RegistrationService registrations;

	private final Clock clock;

	DemoEvents(DemoMode demoMode, EventsService events, JdbcClient jdbc, TransactionTemplate transactions,
			TerritoryService territory, RegistrationService registrations, Clock clock) {
		this.clock = clock;
		this.territory = territory;
		this.registrations = registrations;
		this.demoMode = demoMode;
		this.events = events;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demoMode.enabled() || this.jdbc.sql("select count(*) from event").query(Long.class).single() > 0) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> load());
		log.info("Demo agenda loaded");
	}

	private void load() {
		Random random = new Random(2024);
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE);
		LocalDate start = today.minusMonths(3).withDayOfMonth(1);
		LocalDate end = today.plusMonths(5);
		int week = 0;
		for (LocalDate monday = start.with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY)); monday
			.isBefore(end); monday = monday.plusWeeks(1), week++) {
			// Brus'info: about 80 a year, one or two a week, given where they were asked.
			String bassin = BASSINS.get(week % BASSINS.size());
			String[] topic = BRUSINFO.get(random.nextInt(BRUSINFO.size()));
			String[] place = PLACES.get(random.nextInt(PLACES.size()));
			create(EventKind.INFO_SESSION, topic,
					"Une heure et demie pour connaître l'offre et les relais du quartier.",
					"Anderhalf uur om het aanbod en de contactpunten in de wijk te leren kennen.", "fr", place, bassin,
					bassin, 25, List.of(at(monday.plusDays(1 + random.nextInt(3)), 9, 30, 90)), random, today);
			if (week % 2 == 0) {
				String other = BASSINS.get((week + 2) % BASSINS.size());
				String[] second = BRUSINFO.get(random.nextInt(BRUSINFO.size()));
				create(EventKind.INFO_SESSION, second, "Séance à la demande d'une équipe de terrain.",
						"Sessie op vraag van een terreinteam.", "nl", PLACES.get(random.nextInt(PLACES.size())), other,
						other, 20, List.of(at(monday.plusDays(3), 13, 30, 90)), random, today);
			}
			if (week % 6 == 3) {
				String[] focus = FOCUS.get((week / 6) % FOCUS.size());
				create(EventKind.WEBINAR, focus, "Le webinaire annuel du Focus, avec son répertoire.",
						"Het jaarlijkse webinar van de Focus, met zijn repertorium.", "bilingual", null, "REGION",
						"REGION", 200, List.of(at(monday.plusDays(3), 12, 30, 75)), random, today);
			}
			if (week % 4 == 1) {
				String workshopBassin = BASSINS.get((week / 4) % BASSINS.size());
				create(week % 8 == 1 ? EventKind.WORKSHOP : EventKind.CONSULTATION,
						week % 8 == 1 ? new String[] { "Atelier du changement", "Veranderingsatelier" }
								: new String[] { "Concertation thématique : santé mentale",
										"Thematisch overleg: geestelijke gezondheid" },
						"Ouvert à tous les acteurs du bassin ; une synthèse est publiée.",
						"Open voor alle actoren van de zorgzone; er wordt een synthese gepubliceerd.", "bilingual",
						PLACES.get(random.nextInt(PLACES.size())), workshopBassin, workshopBassin, 40,
						List.of(at(monday.plusDays(2), 14, 0, 150)), random, today);
			}
		}
		LocalDate cycle = today.plusWeeks(3).with(TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
		create(EventKind.TRAINING,
				new String[] { "Formation : la concertation autour du patient", "Opleiding: overleg rond de patiënt" },
				"Un cycle de trois matinées ; une inscription vaut pour les trois.",
				"Een reeks van drie voormiddagen; één inschrijving geldt voor alle drie.", "bilingual", PLACES.get(0),
				"REGION", "REGION", 24,
				List.of(at(cycle, 9, 0, 180), at(cycle.plusWeeks(1), 9, 0, 180), at(cycle.plusWeeks(2), 9, 0, 180)),
				random, today);
		create(EventKind.FORUM,
				new String[] { "Forum des pratiques prometteuses", "Forum van veelbelovende praktijken" },
				"Une journée de partage de pratiques entre professionnel·les des cinq bassins.",
				"Een dag waarop professionals uit de vijf zorgzones praktijken delen.", "bilingual", PLACES.get(1),
				"REGION", "REGION", 150, List.of(at(today.plusMonths(2).withDayOfMonth(14), 9, 0, 420)), random, today);
	}

	private void create(EventKind kind, String[] title, String descriptionFr, String descriptionNl, String language,
			String[] place, String territory, String team, int capacity, List<EventDraft.Times> sessions, Random random,
			LocalDate today) {
		boolean online = place == null;
		if (!online && !"REGION".equals(territory)) {
			place = placeIn(territory, random);
		}
		UUID id = this.events.create(new EventDraft(kind, LocalizedText.of(title[0], title[1], null),
				LocalizedText.of(descriptionFr, descriptionNl, null), language, online,
				online ? "https://visio.example.org/maillage-" + random.nextInt(100_000) : null,
				online ? null : place[0], online ? null : place[1], territory, List.of(), team, capacity,
				List.of(LocalizedText.of("Votre fonction ?", "Uw functie?", "Your role?")), null, EventStatus.PUBLISHED,
				sessions));
		boolean past = sessions.get(0).startsAt().isBefore(today.atStartOfDay(EventsService.TIME_ZONE).toInstant());
		int people = past ? capacity * (55 + random.nextInt(45)) / 100 : capacity * random.nextInt(60) / 100;
		List<UUID> registrations = new ArrayList<>();
		for (int i = 0; i < people; i++) {
			UUID registration = UUID.randomUUID();
			String language2 = (random.nextInt(3) == 0) ? "nl" : "fr";
			this.registrations.insertConfirmedForDemo(registration, id,
					"personne-" + registration.toString().substring(0, 8) + "@example.org", "Personne " + (i + 1),
					"Organisation " + (1 + random.nextInt(60)), language2, "[\"infirmier·ère\"]");
			registrations.add(registration);
		}
		if (past) {
			List<EventSession> stored = this.events.event(id).orElseThrow().sessions();
			for (UUID registration : registrations) {
				for (EventSession session : stored) {
					this.registrations.recordAttendanceForDemo(session.id(), registration, random.nextInt(100) < 82);
				}
			}
		}
	}

	/** A demo place whose postcode the territory places in {@code bassin}. */
	private String[] placeIn(String bassin, Random random) {
		return placeIn(this.territory, bassin, random);
	}

	/** A demo place whose postcode {@code territory} places in {@code bassin}. */
	static String[] placeIn(TerritoryService territory, String bassin, Random random) {
		List<String[]> inBassin = PLACES.stream().filter((place) -> {
			try {
				return bassin.equals(territory.place(place[1]).bassin());
			}
			catch (RuntimeException ex) {
				return false;
			}
		}).toList();
		if (inBassin.isEmpty()) {
			throw new IllegalStateException("No demo place in " + bassin);
		}
		return inBassin.get(random.nextInt(inBassin.size()));
	}

	private static EventDraft.Times at(LocalDate day, int hour, int minute, int minutes) {
		var start = day.atTime(LocalTime.of(hour, minute)).atZone(EventsService.TIME_ZONE).toInstant();
		return new EventDraft.Times(start, start.plus(Duration.ofMinutes(minutes)));
	}

}
