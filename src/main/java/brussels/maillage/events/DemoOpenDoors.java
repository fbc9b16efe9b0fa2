package brussels.maillage.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
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
import brussels.maillage.system.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The five open-doors weeks at the 2024 scale, loaded once when demo data is on: 105
 * hosts (21 per week, organisations of the directory where there are enough), 261
 * visitors and 442 visits, every visit within capacity and no visitor in two places at
 * once (fictitious people at example addresses).
 */
@Component
class DemoOpenDoors {

	/** The weeks, with their bassin. */
	static final Map<String, String> WEEKS = java.util.Collections
		.unmodifiableMap(new java.util.LinkedHashMap<>(Map.of("Backstage", "CENTRE_OUEST", "Patch'Work", "SUD",
				"Le Grand Bain", "SUD_EST", "Melting Papot'", "NORD_EST", "Babbel No·o·rd", "NORD")));

	static final int HOSTS_PER_WEEK = 21;

	/** A week of next year whose call for hosts is open. */
	static final String CALL_WEEK = "Backstage (année prochaine)";

	static final int VISITORS = 261;

	static final int VISITS = 442;

	private static final Logger log = LoggerFactory.getLogger(DemoOpenDoors.class);

	private static final Map<String, List<String>> COMMUNES = Map.of("CENTRE_OUEST",
			List.of("21004", "21012", "21011", "21001"), "SUD", List.of("21013", "21007", "21016"), "SUD_EST",
			List.of("21009", "21005", "21002", "21017"), "NORD_EST", List.of("21015", "21006", "21014", "21018"),
			"NORD", List.of("21010", "21008", "21003", "21004"));

	private static final List<String> STREETS = List.of("Rue Haute", "Rue de Brabant", "Chaussée de Gand",
			"Rue Jourdan", "Avenue de Fré", "Rue Stevens-Delannoy", "Boulevard Léopold II", "Chaussée de Louvain");

	private static final List<String> PROFESSIONS = List.of("infirmier·ère", "assistant·e social·e",
			"médecin généraliste", "kinésithérapeute", "aide familial·e", "psychologue", "pharmacien·ne");

	private final DemoMode demoMode;

	private final DirectoryService directory;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	DemoOpenDoors(DemoMode demoMode, DirectoryService directory, JdbcClient jdbc, TransactionTemplate transactions) {
		this.demoMode = demoMode;
		this.directory = directory;
		this.jdbc = jdbc;
		this.transactions = transactions;
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
		List<Organization> organizations = this.directory.organizations(0, WEEKS.size() * HOSTS_PER_WEEK);
		List<String> themes = this.directory.themes()
			.stream()
			.filter((theme) -> theme.parentId() == null)
			.map(Theme::code)
			.toList();
		LocalDate monday = LocalDate.now(EventMails.BRUSSELS)
			.plusWeeks(3)
			.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
		int host = 0;
		int visitor = 0;
		int visits = 0;
		int week = 0;
		for (Map.Entry<String, String> entry : WEEKS.entrySet()) {
			LocalDate starts = monday.plusWeeks(2L * week);
			UUID weekId = UUID.randomUUID();
			this.jdbc.sql("""
					insert into open_doors_week (id, name, bassin, starts_on, ends_on, hosts_close_on, status)
					values (?, ?, ?, ?, ?, ?, 'PUBLISHED')""")
				.params(weekId, entry.getKey(), entry.getValue(), starts, starts.plusDays(4), starts.minusWeeks(2))
				.update();
			// Slots by day of the week (0 = Monday), with the places still free.
			Map<Integer, List<UUID>> slotsByDay = new HashMap<>();
			Map<UUID, Integer> free = new HashMap<>();
			List<String> communes = COMMUNES.get(entry.getValue());
			for (int h = 0; h < HOSTS_PER_WEEK; h++, host++) {
				Organization organization = organizations.isEmpty() ? null
						: organizations.get(host % organizations.size());
				String name = (organization != null && host < organizations.size()) ? organization.name()
						: "Organisation hôte " + (host + 1);
				UUID offerId = UUID.randomUUID();
				this.jdbc
					.sql("""
							insert into open_doors_offer (id, week_id, organization_id, host_name, address, commune_nis, theme,
								description, contact_email, status, host_token, registered_by)
							values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'VALIDATED', ?, 'demo')""")
					.params(offerId, weekId,
							(organization != null && host < organizations.size()) ? organization.id() : null, name,
							STREETS.get(host % STREETS.size()) + " " + (10 + host), communes.get(h % communes.size()),
							themes.isEmpty() ? null : themes.get(host % themes.size()),
							"Visite des lieux et rencontre de l'équipe.", "hote-" + (host + 1) + "@example.org",
							EventsService.newToken())
					.update();
				for (int day : new int[] { h % 5, (h + 2) % 5 }) {
					LocalTime time = (h % 2 == 0) ? LocalTime.of(9, 30) : LocalTime.of(14, 0);
					LocalDateTime start = starts.plusDays(day).atTime(time);
					UUID slotId = UUID.randomUUID();
					var at = start.atZone(EventMails.BRUSSELS).toInstant();
					this.jdbc.sql(
							"insert into open_doors_slot (id, offer_id, starts_at, ends_at, capacity) values (?, ?, ?, ?, 6)")
						.params(slotId, offerId, java.sql.Timestamp.from(at),
								java.sql.Timestamp.from(at.plus(OpenDoors.VISIT)))
						.update();
					slotsByDay.computeIfAbsent(day, (d) -> new ArrayList<>()).add(slotId);
					free.put(slotId, 6);
				}
			}
			// Visitors spread over the weeks; the first ones book two visits on different
			// days.
			int weekVisitors = VISITORS / WEEKS.size() + ((week < VISITORS % WEEKS.size()) ? 1 : 0);
			for (int v = 0; v < weekVisitors; v++, visitor++) {
				UUID visitorId = UUID.randomUUID();
				String language = (visitor % 3 == 0) ? "nl" : "fr";
				this.jdbc.sql("""
						insert into open_doors_visitor (id, week_id, email, name, profession, language)
						values (?, ?, ?, ?, ?, ?)""")
					.params(visitorId, weekId, "visiteur-" + (visitor + 1) + "@example.org",
							"Visiteur " + (visitor + 1), PROFESSIONS.get(visitor % PROFESSIONS.size()), language)
					.update();
				int wanted = (visitor < VISITS - VISITORS) ? 2 : 1;
				for (int k = 0; k < wanted; k++) {
					int day = (visitor + 2 * k) % 5;
					UUID slot = slotsByDay.get(day)
						.stream()
						.filter((id) -> free.get(id) > 0)
						.max(java.util.Comparator.comparing(free::get))
						.orElseThrow();
					free.merge(slot, -1, Integer::sum);
					this.jdbc.sql("insert into open_doors_booking (id, slot_id, visitor_id) values (?, ?, ?)")
						.params(UUID.randomUUID(), slot, visitorId)
						.update();
					visits++;
				}
			}
			week++;
		}
		// Next year's first week, its call for hosts open for eight weeks from now, so
		// the
		// public call form can be tried.
		LocalDate nextYear = monday.plusYears(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
		this.jdbc.sql("""
				insert into open_doors_week (id, name, bassin, starts_on, ends_on, hosts_close_on, status)
				values (?, ?, 'CENTRE_OUEST', ?, ?, ?, 'CALL')""")
			.params(UUID.randomUUID(), CALL_WEEK, nextYear, nextYear.plusDays(4),
					LocalDate.now(EventMails.BRUSSELS).plusWeeks(8))
			.update();
		log.info("Open doors: {} hosts, {} visitors, {} visits; call for hosts open for {}", host, visitor, visits,
				CALL_WEEK);
	}

}
