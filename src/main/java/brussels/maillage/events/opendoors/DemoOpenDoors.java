package brussels.maillage.events.opendoors;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Organization;
import brussels.maillage.directory.Theme;
import brussels.maillage.events.EventsService;
import brussels.maillage.system.DemoMode;
import brussels.maillage.territory.BassinSummary;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The open-doors weeks as the activity report 2024 tells them, loaded once when demo data
 * is on. The 2024 first editions, held in two bassins only (Melting Papot', Sud, in
 * November; Le Grand Bain, Sud-Est, in December), closed, at their scale: 105 hosts, 261
 * visitors, 442 visits, every visit within capacity and no visitor in two places at once.
 * The yearly calendar of one week per bassin (Backstage Nord-Est, Patch'Work
 * Centre-Ouest, Le Grand Bain Sud-Est, Melting Papot' Sud, Babbel No·o·rd Nord),
 * published from three weeks ahead so that visits can be booked, and next year's
 * Backstage with its call for hosts open. Hosts sit in communes the territory module
 * places in the week's bassin (fictitious people at example addresses).
 */
@Component
class DemoOpenDoors {

	/** The yearly weeks, in the order of the year, with their bassin. */
	static final Map<String, String> WEEKS = ordered("Backstage", "NORD_EST", "Patch'Work", "CENTRE_OUEST",
			"Le Grand Bain", "SUD_EST", "Melting Papot'", "SUD", "Babbel No·o·rd", "NORD");

	/** The weeks held in 2024, with their bassin and first day. */
	static final List<Held> HELD_2024 = List.of(new Held("Melting Papot' 2024", "SUD", LocalDate.of(2024, 11, 18), 53),
			new Held("Le Grand Bain 2024", "SUD_EST", LocalDate.of(2024, 12, 2), 52));

	/** Hosts of each week of the yearly calendar. */
	static final int HOSTS_PER_WEEK = 12;

	/** A week of next year whose call for hosts is open. */
	static final String CALL_WEEK = "Backstage (année prochaine)";

	static final int VISITORS = 261;

	static final int VISITS = 442;

	private static final Logger log = LoggerFactory.getLogger(DemoOpenDoors.class);

	private static final List<String> STREETS = List.of("Rue Haute", "Rue de Brabant", "Chaussée de Gand",
			"Rue Jourdan", "Avenue de Fré", "Rue Stevens-Delannoy", "Boulevard Léopold II", "Chaussée de Louvain");

	private static final List<String> PROFESSIONS = List.of("infirmier·ère", "assistant·e social·e",
			"médecin généraliste", "kinésithérapeute", "aide familial·e", "psychologue", "pharmacien·ne");

	private final DemoMode demoMode;

	private final DirectoryService directory;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final TerritoryService territory;

	private final OpenDoorsWeekService weeks;

	private final HostOfferService offers;

	private final BookingService bookings;

	private final Clock clock;

	DemoOpenDoors(DemoMode demoMode, DirectoryService directory, JdbcClient jdbc, TransactionTemplate transactions,
			TerritoryService territory, OpenDoorsWeekService weeks, HostOfferService offers, BookingService bookings,
			Clock clock) {
		this.weeks = weeks;
		this.offers = offers;
		this.bookings = bookings;
		this.clock = clock;
		this.demoMode = demoMode;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.territory = territory;
	}

	/**
	 * Once the application is ready, so that the directory's demo organisations are
	 * there.
	 */
	@EventListener(ApplicationReadyEvent.class)
	public void loadDemo() {
		if (!this.demoMode.enabled()
				|| this.jdbc.sql("select count(*) from open_doors_week").query(Long.class).single() > 0) {
			return;
		}
		this.transactions.executeWithoutResult((status) -> load());
		log.info("Demo open-doors weeks loaded");
	}

	private void load() {
		int hosts = HELD_2024.stream().mapToInt(Held::hosts).sum() + WEEKS.size() * HOSTS_PER_WEEK;
		Hosts from = new Hosts(this.directory.organizations(0, hosts),
				this.directory.themes().stream().filter((theme) -> theme.parentId() == null).map(Theme::code).toList());
		// The 2024 editions: the report's totals spread over the two weeks; the first
		// visitors book two visits on different days.
		int visitor = 0;
		for (int week = 0; week < HELD_2024.size(); week++) {
			Held held = HELD_2024.get(week);
			Map<Integer, List<UUID>> slotsByDay = new HashMap<>();
			Map<UUID, Integer> free = new HashMap<>();
			UUID weekId = week(held.name(), held.bassin(), held.startsOn(), "CLOSED");
			hosts(from, weekId, held.bassin(), held.startsOn(), held.hosts(), slotsByDay, free);
			int weekVisitors = VISITORS / HELD_2024.size() + ((week < VISITORS % HELD_2024.size()) ? 1 : 0);
			for (int v = 0; v < weekVisitors; v++, visitor++) {
				visitor(weekId, visitor, (visitor < VISITS - VISITORS) ? 2 : 1, slotsByDay, free);
			}
		}
		// The yearly calendar, every two weeks from three weeks ahead, open for booking.
		LocalDate monday = LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE)
			.plusWeeks(3)
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		int week = 0;
		for (Map.Entry<String, String> entry : WEEKS.entrySet()) {
			LocalDate starts = monday.plusWeeks(2L * week++);
			UUID weekId = week(entry.getKey(), entry.getValue(), starts, "PUBLISHED");
			hosts(from, weekId, entry.getValue(), starts, HOSTS_PER_WEEK, new HashMap<>(), new HashMap<>());
		}
		// Next year's first week, its call for hosts open for eight weeks from now, so
		// the public call form can be tried.
		LocalDate nextYear = monday.plusYears(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		this.weeks.insertForDemo(UUID.randomUUID(), CALL_WEEK, WEEKS.get("Backstage"), nextYear, nextYear.plusDays(4),
				LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE).plusWeeks(8), "CALL");
		log.info("Open doors: {} hosts, {} visitors in 2024; call for hosts open for {}", from.next, visitor,
				CALL_WEEK);
	}

	private UUID week(String name, String bassin, LocalDate starts, String status) {
		UUID weekId = UUID.randomUUID();
		this.weeks.insertForDemo(weekId, name, bassin, starts, starts.plusDays(4), starts.minusWeeks(2), status);
		return weekId;
	}

	/** Hosts of a week, each with two 1.5-hour slots of 6 places on different days. */
	private void hosts(Hosts from, UUID weekId, String bassin, LocalDate starts, int count,
			Map<Integer, List<UUID>> slotsByDay, Map<UUID, Integer> free) {
		List<String> communes = communes(bassin);
		for (int h = 0; h < count; h++) {
			int host = from.next++;
			Organization organization = (host < from.organizations.size()) ? from.organizations.get(host) : null;
			UUID offerId = UUID.randomUUID();
			this.offers.insertForDemo(offerId, weekId, (organization != null) ? organization.id() : null,
					(organization != null) ? organization.name() : "Organisation hôte " + (host + 1),
					STREETS.get(host % STREETS.size()) + " " + (10 + host)
							+ postcodeOf(communes.get(h % communes.size()), h),
					communes.get(h % communes.size()),
					from.themes.isEmpty() ? null : from.themes.get(host % from.themes.size()),
					"Visite des lieux et rencontre de l'équipe.", "hote-" + (host + 1) + "@example.org");
			for (int day : new int[] { h % 5, (h + 2) % 5 }) {
				LocalTime time = (h % 2 == 0) ? LocalTime.of(9, 30) : LocalTime.of(14, 0);
				var at = starts.plusDays(day).atTime(time).atZone(EventsService.TIME_ZONE).toInstant();
				UUID slotId = UUID.randomUUID();
				this.offers.insertSlotForDemo(slotId, offerId, at, 6);
				slotsByDay.computeIfAbsent(day, (d) -> new ArrayList<>()).add(slotId);
				free.put(slotId, 6);
			}
		}
	}

	/**
	 * A postcode of the commune, written after the street as hosts write it (", 1000"); a
	 * commune with several postcodes gives them in turn, so the mails show each.
	 */
	private String postcodeOf(String nis, int h) {
		return this.territory.communes()
			.stream()
			.filter((commune) -> commune.nis().equals(nis) && !commune.postcodes().isEmpty())
			.map((commune) -> ", " + commune.postcodes().get(h % commune.postcodes().size()))
			.findFirst()
			.orElse("");
	}

	/**
	 * The communes the territory module places, wholly, in {@code bassin} (all those with
	 * a part in it when none lies wholly in it).
	 */
	private List<String> communes(String bassin) {
		BassinSummary summary = this.territory.bassin(bassin).orElseThrow();
		List<String> whole = summary.communes()
			.stream()
			.map(Commune::nis)
			.filter((nis) -> summary.submunicipalitiesOf(nis)
				.size() == this.territory.submunicipalities().stream().filter((area) -> area.nis().equals(nis)).count())
			.toList();
		return whole.isEmpty() ? summary.communes().stream().map(Commune::nis).toList() : whole;
	}

	private void visitor(UUID weekId, int visitor, int wanted, Map<Integer, List<UUID>> slotsByDay,
			Map<UUID, Integer> free) {
		UUID visitorId = UUID.randomUUID();
		this.bookings.insertVisitorForDemo(visitorId, weekId, "visiteur-" + (visitor + 1) + "@example.org",
				"Visiteur " + (visitor + 1), PROFESSIONS.get(visitor % PROFESSIONS.size()),
				(visitor % 3 == 0) ? "nl" : "fr");
		for (int k = 0; k < wanted; k++) {
			UUID slot = slotsByDay.get((visitor + 2 * k) % 5)
				.stream()
				.filter((id) -> free.get(id) > 0)
				.max(java.util.Comparator.comparing(free::get))
				.orElseThrow();
			free.merge(slot, -1, Integer::sum);
			this.bookings.insertBookingForDemo(slot, visitorId);
		}
	}

	private static Map<String, String> ordered(String... pairs) {
		Map<String, String> map = new java.util.LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(map);
	}

	/**
	 * A week held in 2024.
	 *
	 * @param name its name
	 * @param bassin its bassin
	 * @param startsOn its Monday
	 * @param hosts structures that opened their doors
	 */
	record Held(String name, String bassin, LocalDate startsOn, int hosts) {
	}

	/** The directory's organisations and themes handed out to hosts in turn. */
	private static final class Hosts {

		private final List<Organization> organizations;

		private final List<String> themes;

		private int next;

		Hosts(List<Organization> organizations, List<String> themes) {
			this.organizations = organizations;
			this.themes = themes;
		}

	}

}
