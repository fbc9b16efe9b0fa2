package brussels.maillage.helpdesk.requests;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Collectors;

import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.OrganisationType;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.RequestStatus;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;
import brussels.maillage.helpdesk.monitoring.Statistics;
import brussels.maillage.helpdesk.monitoring.StatisticsAggregates;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The daily aggregates give exactly the figures counted directly over the requests, for
 * many filter combinations, after requests are created, edited, transferred, completed
 * from a draft and closed, after the retention job, and after a rebuild.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskAggregateTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Requests requests;

	@Autowired
	Statistics statistics;

	@Autowired
	StatisticsAggregates aggregates;

	@Autowired
	RetentionJob retention;

	@Test
	void aggregatesGiveTheFiguresOfADirectCountForEveryKindOfFilter() {
		Random random = new Random(7);
		List<String> themes = this.jdbc.sql("select code from taxonomy_term where parent_id is null order by code")
			.query(String.class)
			.list();
		List<UUID> services = this.jdbc.sql("select id from service order by id limit 40").query(UUID.class).list();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 240; i++) {
			ids.add(this.requests.create(random(random, themes, services), null, "aggregate-test"));
		}
		compareAll(themes);

		// edits: other channel, line, bassin, themes, orientations, unmet need, minutes
		for (int i = 0; i < 40; i++) {
			this.requests.update(ids.get(i), random(random, themes, services), null, "aggregate-test");
		}
		// transfers
		for (int i = 40; i < 60; i++) {
			this.requests.transfer(ids.get(i), null, (i % 2 == 0) ? "SUD" : "NORD_EST", "aggregate-test", null);
		}
		// a draft from the e-mail intake counts once completed, and a request closed
		// later
		long draft = this.requests.createDraftFromEmail("NORD",
				ZonedDateTime.of(2023, 3, 14, 10, 0, 0, 0, HelpdeskService.TIME_ZONE).toInstant(), "a@b.test", "Aide",
				"Texte", "<aggregate-" + UUID.randomUUID() + ">");
		compareAll(themes);
		this.requests.update(draft, random(random, themes, services), null, "aggregate-test");
		RequestData waiting = random(random, themes, services);
		long later = this.requests.create(withStatus(waiting, RequestStatus.WAITING), null, "aggregate-test");
		this.requests.update(later, withStatus(waiting, RequestStatus.CLOSED), null, "aggregate-test");
		compareAll(themes);

		// the retention job erases free text only: same figures
		StatisticsReport before = this.statistics.report(period("2022-01-01", "2023-12-31"));
		this.retention.eraseBefore(ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, HelpdeskService.TIME_ZONE).toInstant());
		assertThat(this.statistics.report(period("2022-01-01", "2023-12-31"))).usingRecursiveComparison()
			.isEqualTo(before);

		// a rebuild finds the same figures
		this.aggregates.rebuild();
		compareAll(themes);
		assertThat(this.statistics.report(period("2022-01-01", "2023-12-31"))).usingRecursiveComparison()
			.isEqualTo(before);
	}

	@Test
	void theDemoYearFromTheAggregatesIsTheDirectCount() {
		StatisticsFilter year = StatisticsFilter.year(2024);
		compare(year);
		assertThat(this.statistics.report(year).total()).isEqualTo(652);
	}

	private void compareAll(List<String> themes) {
		List<StatisticsFilter> filters = new ArrayList<>();
		String[][] periods = { { "2023-01-01", "2023-12-31" }, { "2023-03-01", "2023-03-31" },
				{ "2023-03-14", "2023-03-14" }, { "2022-02-11", "2023-06-07" }, { "2022-01-01", "2022-12-31" } };
		for (String[] p : periods) {
			LocalDate from = LocalDate.parse(p[0]);
			LocalDate to = LocalDate.parse(p[1]);
			filters.add(new StatisticsFilter(from, to, null, null, null, null, null, null));
			filters.add(new StatisticsFilter(from, to, "NORD", null, null, null, null, null));
			filters.add(new StatisticsFilter(from, to, StatisticsFilter.UNRECORDED, null, null, null, null, null));
			filters.add(new StatisticsFilter(from, to, null, "SUD", null, null, null, null));
			filters.add(new StatisticsFilter(from, to, null, StatisticsReport.NONE, null, null, null, null));
			filters.add(new StatisticsFilter(from, to, null, null, Channel.EMAIL, null, null, null));
			filters.add(new StatisticsFilter(from, to, null, null, null, Profession.GP, null, null));
			filters.add(new StatisticsFilter(from, to, null, null, null, null, themes.get(0), null));
			filters.add(new StatisticsFilter(from, to, null, null, null, null, null, RequestKind.COMPLEX));
			filters.add(new StatisticsFilter(from, to, "REGION", "NORD", Channel.PHONE, null, null, null));
			filters.add(new StatisticsFilter(from, to, null, null, Channel.PHONE, Profession.NURSE, themes.get(1),
					RequestKind.INFORMATION));
			filters.add(new StatisticsFilter(from, to, "SUD", "SUD", null, null, themes.get(2), null));
		}
		filters.forEach(this::compare);
	}

	private void compare(StatisticsFilter filter) {
		StatisticsReport direct = new DirectCounts(this.jdbc).report(filter);
		StatisticsReport aggregated = this.statistics.report(filter);
		String what = filter.toString();
		assertThat(aggregated.total()).as(what).isEqualTo(direct.total());
		assertThat(aggregated.unmetNeeds()).as(what).isEqualTo(direct.unmetNeeds());
		assertThat(aggregated.minutesSpent()).as(what).isEqualTo(direct.minutesSpent());
		assertThat(aggregated.byChannel()).as(what).isEqualTo(direct.byChannel());
		assertThat(aggregated.byLine()).as(what).isEqualTo(direct.byLine());
		assertThat(aggregated.byBassin()).as(what).isEqualTo(direct.byBassin());
		assertThat(aggregated.byKind()).as(what).isEqualTo(direct.byKind());
		assertThat(aggregated.byProfession()).as(what).isEqualTo(direct.byProfession());
		assertThat(map(aggregated.byTheme())).as(what).isEqualTo(map(direct.byTheme()));
		assertThat(aggregated.monthly()).as(what).isEqualTo(direct.monthly());
		assertThat(cells(aggregated.unmetByThemeAndBassin())).as(what).isEqualTo(cells(direct.unmetByThemeAndBassin()));
		Map<String, Long> allOrientations = new DirectCounts(this.jdbc).allOrientations(filter);
		assertThat(aggregated.orientations()).as(what).hasSize(Math.min(10, allOrientations.size()));
		long smallest = Long.MAX_VALUE;
		for (StatisticsReport.Count count : aggregated.orientations()) {
			assertThat(count.count()).as(what + " " + count.key()).isEqualTo(allOrientations.get(count.key()));
			smallest = Math.min(smallest, count.count());
		}
		for (Map.Entry<String, Long> other : allOrientations.entrySet()) {
			if (aggregated.orientations().stream().noneMatch((count) -> count.key().equals(other.getKey()))) {
				assertThat(other.getValue()).as(what + " not in the ten most proposed").isLessThanOrEqualTo(smallest);
			}
		}
		long tenth = smallest;
		assertThat(map(aggregated.orientations())).as(what)
			.containsAllEntriesOf(map(direct.orientations()).entrySet()
				.stream()
				.filter((entry) -> entry.getValue() > tenth)
				.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
	}

	private static Map<String, Long> map(List<StatisticsReport.Count> counts) {
		Map<String, Long> map = new HashMap<>();
		counts.forEach((count) -> map.put(count.key(), count.count()));
		return map;
	}

	private static Map<String, Long> cells(List<StatisticsReport.Cell> cells) {
		Map<String, Long> map = new HashMap<>();
		cells.forEach((cell) -> map.put(cell.theme() + "/" + cell.bassin(), cell.count()));
		return map;
	}

	private static StatisticsFilter period(String from, String to) {
		return new StatisticsFilter(LocalDate.parse(from), LocalDate.parse(to), null, null, null, null, null, null);
	}

	private static RequestData withStatus(RequestData data, RequestStatus status) {
		return new RequestData(data.receivedAt(), data.channel(), data.lineCode(), data.profession(),
				data.organisationType(), data.organisationId(), data.postcode(), data.communeNis(), data.bassin(),
				data.quartier(), data.kind(), data.summary(), data.themes(), data.orientations(), data.unmetNeed(),
				data.unmetReason(), data.followUps(), status, data.minutesSpent());
	}

	/** A request of 2022 or 2023 with random coded fields, themes and orientations. */
	private static RequestData random(Random random, List<String> themes, List<UUID> services) {
		LocalDate day = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(720));
		ZonedDateTime at = day.atTime(8 + random.nextInt(10), random.nextInt(60)).atZone(HelpdeskService.TIME_ZONE);
		if (random.nextInt(10) == 0) {
			// just before or after midnight, Brussels time
			at = day.atTime((random.nextBoolean()) ? 0 : 23, 30).atZone(HelpdeskService.TIME_ZONE);
		}
		String[] lines = { "REGION", "NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST", null };
		String[] bassins = { "NORD", "NORD_EST", "SUD", "SUD_EST", "CENTRE_OUEST", null };
		List<String> chosenThemes = new ArrayList<>();
		int themeCount = random.nextInt(3);
		for (int t = 0; t < themeCount; t++) {
			String theme = themes.get(random.nextInt(Math.min(5, themes.size())));
			if (!chosenThemes.contains(theme)) {
				chosenThemes.add(theme);
			}
		}
		boolean unmet = random.nextInt(5) == 0;
		List<HelpdeskRequest.Orientation> orientations = new ArrayList<>();
		int orientationCount = unmet ? 0 : random.nextInt(3);
		for (int o = 0; o < orientationCount; o++) {
			UUID service = services.get(random.nextInt(Math.min(12, services.size())));
			if (orientations.stream().noneMatch((chosen) -> chosen.serviceId().equals(service))) {
				orientations.add(RequestData.orientation(service, "Service " + service.toString().substring(0, 4)));
			}
		}
		Profession profession = (random.nextInt(6) == 0) ? null
				: Profession.values()[random.nextInt(Profession.values().length)];
		return new RequestData(at.toInstant(), Channel.values()[random.nextInt(Channel.values().length)],
				lines[random.nextInt(lines.length)], profession, OrganisationType.OTHER, null, null, null,
				bassins[random.nextInt(bassins.length)], null,
				RequestKind.values()[random.nextInt(RequestKind.values().length)], "Texte", chosenThemes, orientations,
				unmet, unmet ? "Aucune place" : null, List.of(),
				(random.nextInt(8) == 0) ? RequestStatus.OPEN : RequestStatus.CLOSED,
				(random.nextInt(5) == 0) ? null : random.nextInt(60));
	}

}
