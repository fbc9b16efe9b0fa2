package brussels.maillage.helpdesk.requests;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import brussels.maillage.helpdesk.Channel;
import brussels.maillage.helpdesk.HelpdeskCounts;
import brussels.maillage.helpdesk.HelpdeskRequest;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.helpdesk.OrganisationType;
import brussels.maillage.helpdesk.Profession;
import brussels.maillage.helpdesk.RequestKind;
import brussels.maillage.helpdesk.RequestStatus;
import brussels.maillage.helpdesk.StatisticsFilter;
import brussels.maillage.helpdesk.StatisticsReport;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's figures move by exactly what the requests this test creates, edits,
 * transfers, completes from a draft and closes add, as counted by the test's own
 * {@link Ledger}, for many filter combinations; the retention job and a rebuild leave
 * them unchanged.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HelpdeskAggregateTests {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	RequestRepository requests;

	@Autowired
	HelpdeskCounts counts;

	@Autowired
	StatisticsAggregateRepository aggregates;

	@Autowired
	RetentionJob retention;

	@Test
	void aggregatesMoveByExactlyWhatTheRequestsCreatedEditedAndTransferredAdd() {
		Random random = new Random(7);
		List<String> themes = this.jdbc.sql("select code from taxonomy_term where parent_id is null order by code")
			.query(String.class)
			.list();
		List<UUID> services = this.jdbc.sql("select id from service order by id limit 40").query(UUID.class).list();
		List<StatisticsFilter> filters = filters(themes);
		Map<StatisticsFilter, Ledger.Figures> baseline = new HashMap<>();
		filters.forEach((filter) -> baseline.put(filter, Ledger.Figures.of(this.counts.statistics(filter))));
		Ledger ledger = new Ledger();
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < 240; i++) {
			RequestData data = random(random, themes, services);
			long id = this.requests.create(data, null, "aggregate-test");
			ids.add(id);
			ledger.put(id, data);
		}
		compareAll(filters, baseline, ledger);

		// edits: other channel, line, bassin, themes, orientations, unmet need, minutes
		for (int i = 0; i < 40; i++) {
			RequestData data = random(random, themes, services);
			this.requests.update(ids.get(i), data, null, "aggregate-test");
			ledger.put(ids.get(i), data);
		}
		// transfers
		for (int i = 40; i < 60; i++) {
			String to = (i % 2 == 0) ? "SUD" : "NORD_EST";
			this.requests.transfer(ids.get(i), null, to, "aggregate-test", null);
			ledger.transfer(ids.get(i), to);
		}
		// a draft from the e-mail intake counts only once completed, and a request
		// closed later counts once
		long draft = this.requests.createDraftFromEmail("NORD",
				ZonedDateTime.of(2023, 3, 14, 10, 0, 0, 0, HelpdeskService.TIME_ZONE).toInstant(), "a@b.test", "Aide",
				"Texte", "<aggregate-" + UUID.randomUUID() + ">");
		compareAll(filters, baseline, ledger);
		RequestData completed = random(random, themes, services);
		this.requests.update(draft, completed, null, "aggregate-test");
		ledger.put(draft, completed);
		RequestData waiting = random(random, themes, services);
		long later = this.requests.create(withStatus(waiting, RequestStatus.WAITING), null, "aggregate-test");
		this.requests.update(later, withStatus(waiting, RequestStatus.CLOSED), null, "aggregate-test");
		ledger.put(later, waiting);
		compareAll(filters, baseline, ledger);

		// the retention job erases free text only: same figures
		StatisticsReport before = this.counts.statistics(period("2022-01-01", "2023-12-31"));
		this.retention.eraseBefore(ZonedDateTime.of(2024, 1, 1, 0, 0, 0, 0, HelpdeskService.TIME_ZONE).toInstant());
		assertThat(this.counts.statistics(period("2022-01-01", "2023-12-31"))).usingRecursiveComparison()
			.isEqualTo(before);

		// a rebuild finds the same figures
		this.aggregates.rebuild();
		compareAll(filters, baseline, ledger);
		assertThat(this.counts.statistics(period("2022-01-01", "2023-12-31"))).usingRecursiveComparison()
			.isEqualTo(before);
	}

	/**
	 * The demo year gives the figures of the activity report 2024 (seed 001, lines
	 * 344-353 and 840-844).
	 */
	@Test
	void theDemoYearGivesTheActivityReportsFigures() {
		StatisticsReport year = this.counts.statistics(StatisticsFilter.year(2024));
		assertThat(year.total()).isEqualTo(652);
		Ledger.Figures figures = Ledger.Figures.of(year);
		assertThat(figures.byChannel).containsEntry("PHONE", 541L).containsEntry("EMAIL", 111L);
		assertThat(figures.byLine).isEqualTo(Map.of("REGION", 547L, "NORD", 11L, "NORD_EST", 8L, "SUD", 30L, "SUD_EST",
				14L, "CENTRE_OUEST", 10L, "NONE", 32L));
	}

	/**
	 * Three requests of 2021 placed where a wrong rule would count them elsewhere, with
	 * the figures a respondent expects written out by hand (not computed): a Brussels day
	 * runs from midnight to midnight Brussels time, so a request at 00:15 on 1 April
	 * (still 31 March in UTC) is April's; "not recorded" is a line and a bassin of its
	 * own; a request counts once per theme; a draft from the e-mail intake counts for
	 * nothing.
	 */
	@Test
	void requestsCountInTheBrusselsDayMonthLineAndThemeTheirRespondentsExpect() {
		List<String> themes = this.jdbc.sql("select code from taxonomy_term where parent_id is null order by code")
			.query(String.class)
			.list();
		String housing = themes.get(0);
		String health = themes.get(1);
		StatisticsFilter march = period("2021-03-01", "2021-03-31");
		StatisticsFilter april = period("2021-04-01", "2021-04-30");
		StatisticsFilter firstOfApril = period("2021-04-01", "2021-04-01");
		StatisticsFilter year = period("2021-01-01", "2021-12-31");
		StatisticsFilter unrecordedLine = new StatisticsFilter(year.from(), year.to(), StatisticsFilter.UNRECORDED,
				null, null, null, null, null);
		StatisticsFilter unknownBassin = new StatisticsFilter(year.from(), year.to(), null, StatisticsReport.NONE, null,
				null, null, null);
		StatisticsFilter housingTheme = new StatisticsFilter(year.from(), year.to(), null, null, null, null, housing,
				null);
		StatisticsFilter complexByPhone = new StatisticsFilter(year.from(), year.to(), null, null, Channel.PHONE, null,
				null, RequestKind.COMPLEX);
		StatisticsFilter doctors = new StatisticsFilter(year.from(), year.to(), null, null, null, Profession.GP, null,
				null);
		List<StatisticsFilter> all = List.of(march, april, firstOfApril, year, unrecordedLine, unknownBassin,
				housingTheme, complexByPhone, doctors);
		Map<StatisticsFilter, StatisticsReport> before = new HashMap<>();
		all.forEach((filter) -> before.put(filter, this.counts.statistics(filter)));

		// 31 March 2021, 23:30 in Brussels (21:30 UTC): a doctor's call on the Nord line
		this.requests.create(request("2021-03-31T23:30", Channel.PHONE, "NORD", "NORD", Profession.GP,
				RequestKind.INFORMATION, List.of(housing), false, 10), null, "oracle-test");
		// 1 April 2021, 00:15 in Brussels (still 31 March in UTC): an e-mail, line,
		// bassin
		// and profession not recorded, two themes, no service found
		this.requests.create(request("2021-04-01T00:15", Channel.EMAIL, null, null, null, RequestKind.COMPLEX,
				List.of(housing, health), true, null), null, "oracle-test");
		// 30 April 2021 at noon: a nurse's call on the Sud line, no theme, no service
		// found
		this.requests.create(request("2021-04-30T12:00", Channel.PHONE, "SUD", "SUD", Profession.NURSE,
				RequestKind.COMPLEX, List.of(), true, 25), null, "oracle-test");
		// an e-mail waiting for a respondent: not a request yet
		this.requests.createDraftFromEmail("NORD", brussels("2021-04-12T09:00"), "a@b.test", "Aide", "Texte",
				"<oracle-" + UUID.randomUUID() + ">");

		assertThat(added(before, march).total()).isEqualTo(1);
		assertThat(added(before, march).minutesSpent()).isEqualTo(10);
		StatisticsReport aprilAdded = added(before, april);
		assertThat(aprilAdded.total()).isEqualTo(2);
		assertThat(aprilAdded.unmetNeeds()).isEqualTo(2);
		assertThat(aprilAdded.minutesSpent()).isEqualTo(25);
		assertThat(counts(aprilAdded.byLine())).isEqualTo(Map.of("NONE", 1L, "SUD", 1L));
		assertThat(counts(aprilAdded.byBassin())).isEqualTo(Map.of("NONE", 1L, "SUD", 1L));
		assertThat(counts(aprilAdded.byChannel())).isEqualTo(Map.of("EMAIL", 1L, "PHONE", 1L));
		assertThat(counts(aprilAdded.byProfession())).isEqualTo(Map.of("NONE", 1L, "NURSE", 1L));
		assertThat(counts(aprilAdded.byTheme())).isEqualTo(Map.of(housing, 1L, health, 1L));
		assertThat(aprilAdded.unmetByThemeAndBassin()).containsExactlyInAnyOrder(
				new StatisticsReport.Cell(housing, "NONE", 1), new StatisticsReport.Cell(health, "NONE", 1),
				new StatisticsReport.Cell("NONE", "SUD", 1));
		assertThat(added(before, firstOfApril).total()).isEqualTo(1);
		StatisticsReport yearAdded = added(before, year);
		assertThat(yearAdded.total()).isEqualTo(3);
		assertThat(yearAdded.monthly()).containsExactlyInAnyOrder(
				new StatisticsReport.MonthCount(java.time.YearMonth.of(2021, 3), 1),
				new StatisticsReport.MonthCount(java.time.YearMonth.of(2021, 4), 2));
		assertThat(added(before, unrecordedLine).total()).isEqualTo(1);
		assertThat(added(before, unknownBassin).total()).isEqualTo(1);
		assertThat(added(before, housingTheme).total()).isEqualTo(2);
		assertThat(added(before, complexByPhone).total()).isEqualTo(1);
		assertThat(added(before, doctors).total()).isEqualTo(1);
	}

	/**
	 * What the figures of {@code filter} gained since {@code before}: totals, and the
	 * counts that changed (months with a count of zero left out).
	 */
	private StatisticsReport added(Map<StatisticsFilter, StatisticsReport> before, StatisticsFilter filter) {
		StatisticsReport then = before.get(filter);
		StatisticsReport now = this.counts.statistics(filter);
		Map<java.time.YearMonth, Long> months = new HashMap<>();
		then.monthly().forEach((month) -> months.merge(month.month(), -month.count(), Long::sum));
		now.monthly().forEach((month) -> months.merge(month.month(), month.count(), Long::sum));
		Map<String, Long> cells = new HashMap<>();
		then.unmetByThemeAndBassin()
			.forEach((cell) -> cells.merge(cell.theme() + "/" + cell.bassin(), -cell.count(), Long::sum));
		now.unmetByThemeAndBassin()
			.forEach((cell) -> cells.merge(cell.theme() + "/" + cell.bassin(), cell.count(), Long::sum));
		return new StatisticsReport(filter, now.total() - then.total(), now.unmetNeeds() - then.unmetNeeds(),
				now.minutesSpent() - then.minutesSpent(), difference(then.byChannel(), now.byChannel()),
				difference(then.byLine(), now.byLine()), difference(then.byBassin(), now.byBassin()),
				difference(then.byKind(), now.byKind()), difference(then.byProfession(), now.byProfession()),
				difference(then.byTheme(), now.byTheme()),
				months.entrySet()
					.stream()
					.filter((month) -> month.getValue() != 0)
					.map((month) -> new StatisticsReport.MonthCount(month.getKey(), month.getValue()))
					.toList(),
				List.of(),
				cells.entrySet()
					.stream()
					.filter((cell) -> cell.getValue() != 0)
					.map((cell) -> new StatisticsReport.Cell(cell.getKey().split("/")[0], cell.getKey().split("/")[1],
							cell.getValue()))
					.toList());
	}

	private static List<StatisticsReport.Count> difference(List<StatisticsReport.Count> then,
			List<StatisticsReport.Count> now) {
		Map<String, Long> counts = new HashMap<>();
		then.forEach((count) -> counts.merge(count.key(), -count.count(), Long::sum));
		now.forEach((count) -> counts.merge(count.key(), count.count(), Long::sum));
		return counts.entrySet()
			.stream()
			.filter((count) -> count.getValue() != 0)
			.map((count) -> new StatisticsReport.Count(count.getKey(), null, count.getValue()))
			.toList();
	}

	private static Map<String, Long> counts(List<StatisticsReport.Count> counts) {
		Map<String, Long> map = new HashMap<>();
		counts.forEach((count) -> map.put(count.key(), count.count()));
		return map;
	}

	private static java.time.Instant brussels(String localDateTime) {
		return java.time.LocalDateTime.parse(localDateTime).atZone(HelpdeskService.TIME_ZONE).toInstant();
	}

	private static RequestData request(String at, Channel channel, String line, String bassin, Profession profession,
			RequestKind kind, List<String> themes, boolean unmet, Integer minutes) {
		return new RequestData(brussels(at), channel, line, profession, OrganisationType.OTHER, null, null, null,
				bassin, null, kind, "Texte", themes, List.of(), unmet, unmet ? "Aucune place" : null, List.of(),
				RequestStatus.CLOSED, minutes);
	}

	private static List<StatisticsFilter> filters(List<String> themes) {
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
		return filters;
	}

	private void compareAll(List<StatisticsFilter> filters, Map<StatisticsFilter, Ledger.Figures> baseline,
			Ledger ledger) {
		for (StatisticsFilter filter : filters) {
			compare(filter, baseline.get(filter), ledger.count(filter));
		}
	}

	private void compare(StatisticsFilter filter, Ledger.Figures before, Ledger.Figures added) {
		StatisticsReport report = this.counts.statistics(filter);
		Ledger.Figures shown = Ledger.Figures.of(report);
		Ledger.Figures expected = before.plus(added);
		String what = filter.toString();
		assertThat(shown.total).as(what).isEqualTo(expected.total);
		assertThat(shown.unmet).as(what).isEqualTo(expected.unmet);
		assertThat(shown.minutes).as(what).isEqualTo(expected.minutes);
		assertThat(shown.byChannel).as(what).isEqualTo(expected.byChannel);
		assertThat(shown.byLine).as(what).isEqualTo(expected.byLine);
		assertThat(shown.byBassin).as(what).isEqualTo(expected.byBassin);
		assertThat(shown.byKind).as(what).isEqualTo(expected.byKind);
		assertThat(shown.byProfession).as(what).isEqualTo(expected.byProfession);
		assertThat(shown.byTheme).as(what).isEqualTo(expected.byTheme);
		assertThat(shown.byMonth).as(what).isEqualTo(expected.byMonth);
		assertThat(shown.unmetCells).as(what).isEqualTo(expected.unmetCells);
		// only the ten most proposed services are shown, most proposed first
		List<Long> counts = report.orientations().stream().map(StatisticsReport.Count::count).toList();
		assertThat(counts).as(what).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(report.orientations()).as(what).hasSizeLessThanOrEqualTo(10);
		long tenthBefore = (before.orientations.size() < 10) ? 0
				: before.orientations.values().stream().mapToLong(Long::longValue).min().orElse(0);
		for (StatisticsReport.Count count : report.orientations()) {
			long ours = added.orientations.getOrDefault(count.key(), 0L);
			Long known = before.orientations.get(count.key());
			if (known != null) {
				assertThat(count.count()).as(what + " " + count.key()).isEqualTo(known + ours);
			}
			else {
				assertThat(count.count()).as(what + " " + count.key()).isBetween(ours, tenthBefore + ours);
			}
		}
		if (before.orientations.isEmpty()) {
			long smallest = counts.isEmpty() ? 0 : counts.get(counts.size() - 1);
			assertThat(report.orientations()).as(what).hasSize(Math.min(10, added.orientations.size()));
			added.orientations.forEach((service, count) -> {
				if (count > smallest) {
					assertThat(shown.orientations).as(what).containsEntry(service, count);
				}
			});
		}
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
