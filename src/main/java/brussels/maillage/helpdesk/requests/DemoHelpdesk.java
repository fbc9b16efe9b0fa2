package brussels.maillage.helpdesk.requests;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.Theme;
import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.OrganisationType;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.RequestStatus;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.system.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo data of the helpdesk: a generated year shaped like 2024 (652 requests, 541 by
 * phone and 111 by e-mail; region 547, Nord 11, Nord-Est 8, Sud 30, Sud-Est 14,
 * Centre-Ouest 10, line not recorded 32), the current year up to yesterday at the same
 * pace and with the same shares (so that this year's dashboard is not empty; extended at
 * each start). Loaded after the demo directory, when demo data is on; the demo roster is
 * loaded by the permanences.
 */
@Component
class DemoHelpdesk {

	static final int YEAR = 2024;

	static final long SEED = 20240101L;

	/** Requests per line in 2024, {@code null} for "not recorded". */
	static final List<Object[]> LINES_2024 = List.of(new Object[] { "REGION", 547 }, new Object[] { "NORD", 11 },
			new Object[] { "NORD_EST", 8 }, new Object[] { "SUD", 30 }, new Object[] { "SUD_EST", 14 },
			new Object[] { "CENTRE_OUEST", 10 }, new Object[] { null, 32 });

	static final String DEMO_RESPONDENT = "Démo";

	static final int PHONE_2024 = 541;

	static final int EMAIL_2024 = 111;

	private static final Logger log = LoggerFactory.getLogger(DemoHelpdesk.class);

	private static final Set<LocalDate> HOLIDAYS_2024 = Set.of(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 4, 1),
			LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 9), LocalDate.of(2024, 5, 20), LocalDate.of(2024, 8, 15),
			LocalDate.of(2024, 11, 1), LocalDate.of(2024, 11, 11), LocalDate.of(2024, 12, 25));

	private static final Set<MonthDay> FIXED_HOLIDAYS = Set.of(MonthDay.of(1, 1), MonthDay.of(5, 1), MonthDay.of(7, 21),
			MonthDay.of(8, 15), MonthDay.of(11, 1), MonthDay.of(11, 11), MonthDay.of(12, 25));

	private static final List<String> SUMMARIES = List.of(
			"Cherche une aide familiale pour un retour d'hospitalisation.",
			"Question sur l'intervention majorée et le statut BIM.",
			"Recherche d'un service de santé mentale ambulatoire avec délai court.",
			"Personne âgée isolée, besoin de repas à domicile et de passage infirmier.",
			"Orientation vers une équipe de soins palliatifs à domicile.",
			"Demande d'information sur l'aide médicale urgente au CPAS.",
			"Situation complexe : plusieurs intervenants, pas de coordinateur, logement insalubre.",
			"Recherche d'un centre de jour pour une personne désorientée.");

	private final DemoMode demo;

	private final JdbcClient jdbc;

	private final RequestRepository requests;

	private final DirectoryService directory;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DemoHelpdesk(DemoMode demo, JdbcClient jdbc, RequestRepository requests, DirectoryService directory,
			TransactionTemplate transactions, Clock clock) {
		this.clock = clock;
		this.demo = demo;
		this.jdbc = jdbc;
		this.requests = requests;
		this.directory = directory;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void load() {
		if (!this.demo.enabled()) {
			return;
		}
		long existing = this.jdbc.sql("select count(*) from helpdesk_request where respondent = ?")
			.param(DEMO_RESPONDENT)
			.query(Long.class)
			.single();
		if (existing == 0) {
			List<RequestData> year = generate(new Random(SEED), YEAR);
			this.transactions.executeWithoutResult((status) -> {
				for (RequestData data : year) {
					this.requests.create(data, null, DEMO_RESPONDENT);
				}
			});
			log.info("Demo helpdesk loaded: {} requests in {}", year.size(), YEAR);
		}
		recentDemo();
	}

	/**
	 * The current year from its first day (or the day after the last demo request) up to
	 * yesterday, at the pace of 2024.
	 */
	private void recentDemo() {
		LocalDate today = LocalDate.now(this.clock.withZone(HelpdeskService.TIME_ZONE));
		if (today.getYear() <= YEAR) {
			return;
		}
		java.time.Instant last = this.jdbc.sql("select max(received_at) from helpdesk_request where respondent = ?")
			.param(DEMO_RESPONDENT)
			.query(java.time.Instant.class)
			.optional()
			.orElse(null);
		LocalDate from = LocalDate.of(today.getYear(), 1, 1);
		if (last != null && !last.atZone(HelpdeskService.TIME_ZONE).toLocalDate().isBefore(from)) {
			from = last.atZone(HelpdeskService.TIME_ZONE).toLocalDate().plusDays(1);
		}
		List<LocalDate> days = workingDays(from, today.minusDays(1));
		if (days.isEmpty()) {
			return;
		}
		Random random = new Random(SEED + from.toEpochDay());
		int count = (int) Math.round(days.size() * (PHONE_2024 + EMAIL_2024) / (double) workingDays(YEAR).size());
		List<String> lines = new ArrayList<>();
		List<Channel> channels = new ArrayList<>();
		List<String> shares = new ArrayList<>();
		for (Object[] line : LINES_2024) {
			for (int i = 0; i < (int) line[1]; i++) {
				shares.add((String) line[0]);
			}
		}
		for (int i = 0; i < count; i++) {
			lines.add(shares.get(random.nextInt(shares.size())));
			channels.add((random.nextInt(PHONE_2024 + EMAIL_2024) < PHONE_2024) ? Channel.PHONE : Channel.EMAIL);
		}
		List<RequestData> recent = generate(random, lines, channels, days);
		this.transactions.executeWithoutResult((status) -> {
			for (RequestData data : recent) {
				this.requests.create(data, null, DEMO_RESPONDENT);
			}
		});
		log.info("Demo helpdesk loaded: {} requests from {} to {}", recent.size(), from, today.minusDays(1));
	}

	/** A year of requests with exactly the published totals of 2024. */
	List<RequestData> generate(Random random, int year) {
		List<String> lines = new ArrayList<>();
		for (Object[] line : LINES_2024) {
			for (int i = 0; i < (int) line[1]; i++) {
				lines.add((String) line[0]);
			}
		}
		List<Channel> channels = new ArrayList<>();
		for (int i = 0; i < PHONE_2024; i++) {
			channels.add(Channel.PHONE);
		}
		for (int i = 0; i < EMAIL_2024; i++) {
			channels.add(Channel.EMAIL);
		}
		Collections.shuffle(lines, random);
		Collections.shuffle(channels, random);
		return generate(random, lines, channels, workingDays(year));
	}

	/** One request per line and channel given, on one of {@code days}. */
	private List<RequestData> generate(Random random, List<String> lines, List<Channel> channels,
			List<LocalDate> days) {
		List<String> themes = this.directory.themes()
			.stream()
			.filter((theme) -> theme.parentId() == null)
			.map(Theme::code)
			.toList();
		List<SearchHit> services = this.directory
			.search(new SearchQuery(null, null, null, false, null, Place.NOWHERE, null, null, 0, 60))
			.hits();
		List<RequestData> generated = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			LocalDate day = days.get(random.nextInt(days.size()));
			LocalTime time = LocalTime.of(9, 0).plusMinutes(random.nextInt(8 * 60));
			String bassin = (line != null && !"REGION".equals(line)) ? line
					: (random.nextInt(6) == 0) ? null : StatisticsFilter.BASSINS.get(random.nextInt(5));
			boolean complex = random.nextInt(100) < 12;
			boolean unmet = random.nextInt(100) < (complex ? 25 : 4);
			List<String> requestThemes = new ArrayList<>();
			if (!themes.isEmpty()) {
				requestThemes.add(themes.get(skewed(random, themes.size())));
				if (random.nextInt(3) == 0) {
					String second = themes.get(random.nextInt(themes.size()));
					if (!requestThemes.contains(second)) {
						requestThemes.add(second);
					}
				}
			}
			List<HelpdeskRequest.Orientation> orientations = new ArrayList<>();
			if (!unmet && !services.isEmpty()) {
				int count = 1 + random.nextInt(2);
				for (int k = 0; k < count; k++) {
					SearchHit hit = services.get(skewed(random, services.size()));
					if (orientations.stream().noneMatch((o) -> o.serviceId().equals(hit.id()))) {
						orientations.add(new HelpdeskRequest.Orientation(hit.id(),
								hit.name().in(java.util.Locale.FRENCH).text()));
					}
				}
			}
			Profession[] professions = Profession.values();
			generated
				.add(new RequestData(day.atTime(time).atZone(HelpdeskService.TIME_ZONE).toInstant(), channels.get(i),
						line, (random.nextInt(10) == 0) ? null : professions[skewed(random, professions.length)],
						OrganisationType.values()[random.nextInt(OrganisationType.values().length)], null, null, null,
						bassin, null, complex ? RequestKind.COMPLEX : RequestKind.INFORMATION,
						SUMMARIES.get(random.nextInt(SUMMARIES.size())), requestThemes, orientations, unmet,
						unmet ? "Pas de service disponible dans un délai raisonnable." : null, List.of(),
						RequestStatus.CLOSED, 3 + random.nextInt(complex ? 60 : 15)));
		}
		return generated;
	}

	/** Smaller indexes more often, as in real counts. */
	private static int skewed(Random random, int size) {
		double u = random.nextDouble();
		return Math.min(size - 1, (int) (size * u * u));
	}

	private static List<LocalDate> workingDays(int year) {
		return workingDays(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
	}

	/**
	 * Weekdays from {@code from} to {@code to} included, without the public holidays of
	 * 2024 nor, in other years, those on a fixed date.
	 */
	private static List<LocalDate> workingDays(LocalDate from, LocalDate to) {
		List<LocalDate> days = new ArrayList<>();
		for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
			boolean holiday = HOLIDAYS_2024.contains(day) || FIXED_HOLIDAYS.contains(MonthDay.from(day));
			if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY && !holiday) {
				days.add(day);
			}
		}
		return days;
	}

}
