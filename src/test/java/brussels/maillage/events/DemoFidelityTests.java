package brussels.maillage.events;

import java.time.Month;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo against its sources: the activity report 2024 ({@code 001}, lines 280-303 for
 * the open-doors weeks) and the territory module's data for the communes of the hosts.
 */
@SpringBootTest
class DemoFidelityTests {

	@Autowired
	OpenDoors openDoors;

	@Autowired
	TerritoryService territory;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EventFigures figures;

	@Autowired
	EventsService events;

	@Test
	void eachYearlyOpenDoorsWeekBelongsToTheBassinTheReportNames() {
		// "Backstage, les portes ouvertes du Bassin Nord-Est", "Patch'Work, ...
		// Centre-Ouest",
		// "LE GRAND BAIN, ... Sud-Est", "Melting Papot', ... Sud", "Babbel No·o·rd, ...
		// Nord".
		Map<String, String> report = new LinkedHashMap<>();
		report.put("Backstage", "NORD_EST");
		report.put("Patch'Work", "CENTRE_OUEST");
		report.put("Le Grand Bain", "SUD_EST");
		report.put("Melting Papot'", "SUD");
		report.put("Babbel No·o·rd", "NORD");
		Map<String, String> demo = new LinkedHashMap<>();
		this.jdbc.sql("select name, bassin from open_doors_week where name in (:names) and status = 'PUBLISHED'")
			.param("names", report.keySet())
			.query((rs, row) -> demo.put(rs.getString("name"), rs.getString("bassin")))
			.list();
		assertThat(demo).isEqualTo(report);
		assertThat(this.jdbc.sql("select bassin from open_doors_week where name = ?")
			.param(DemoOpenDoors.CALL_WEEK)
			.query(String.class)
			.single()).as("next year's Backstage").isEqualTo("NORD_EST");
	}

	@Test
	void in2024OnlySudInNovemberAndSudEstInDecemberHeldAWeekAtTheReportsScale() {
		List<String> held = this.jdbc.sql("""
				select bassin || ' ' || extract(month from starts_on) from open_doors_week
				where extract(year from starts_on) = 2024 order by starts_on""").query(String.class).list();
		assertThat(held).containsExactly("SUD " + Month.NOVEMBER.getValue(), "SUD_EST " + Month.DECEMBER.getValue());
		List<String> names = this.jdbc.sql("select name from open_doors_week where extract(year from starts_on) = 2024")
			.query(String.class)
			.list();
		// "105 structures qui ont ouvert leurs portes et 261 visiteur·euses ... 442
		// visites"
		assertThat(this.openDoors.totals(names)).isEqualTo(new OpenDoors.Totals(2, 105, 261, 442));
		long overfull = this.jdbc.sql("""
				select count(*) from open_doors_slot s
				where (select count(*) from open_doors_booking b where b.slot_id = s.id) > s.capacity""")
			.query(Long.class)
			.single();
		assertThat(overfull).isZero();
		long overlapping = this.jdbc.sql("""
				select count(*) from open_doors_booking a join open_doors_slot sa on sa.id = a.slot_id
				join open_doors_booking b on b.visitor_id = a.visitor_id and b.id <> a.id
				join open_doors_slot sb on sb.id = b.slot_id
				where sa.starts_at < sb.ends_at and sa.ends_at > sb.starts_at""").query(Long.class).single();
		assertThat(overlapping).isZero();
	}

	@Test
	void everyDemoHostSitsInACommuneTheTerritoryPlacesInItsWeeksBassin() {
		List<String[]> hosts = this.jdbc.sql("""
				select o.commune_nis, w.bassin from open_doors_offer o join open_doors_week w on w.id = o.week_id
				where o.registered_by = 'demo'""")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		assertThat(hosts).hasSizeGreaterThanOrEqualTo(105);
		for (String[] host : hosts) {
			List<String> communes = this.territory.bassin(host[1])
				.orElseThrow()
				.communes()
				.stream()
				.map(Commune::nis)
				.toList();
			assertThat(communes).as("commune %s in bassin %s", host[0], host[1]).contains(host[0]);
		}
	}

	@Test
	void everyDemoHostsAddressEndsWithAPostcodeOfItsCommuneSoTheMailsGiveIt() {
		// issue 16, item 8: "the open-doors mail [gives] a street without postcode"
		List<String[]> hosts = this.jdbc
			.sql("select address, commune_nis from open_doors_offer where registered_by = 'demo'")
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		assertThat(hosts).isNotEmpty();
		for (String[] host : hosts) {
			List<String> postcodes = this.territory.communes()
				.stream()
				.filter((commune) -> commune.nis().equals(host[1]))
				.flatMap((commune) -> commune.postcodes().stream())
				.toList();
			assertThat(host[0]).as("address of a host in %s", host[1]).matches(".*, \\d{4}");
			assertThat(postcodes).contains(host[0].substring(host[0].length() - 4));
		}
	}

	@Test
	void theFourWebinarsOf2024HaveTheReportsDaysRegistrantsAndAReplayLink() {
		// "26/01/2024: Focus Live Soins palliatifs et fin de vie 141 personnes
		// inscrites",
		// "19/04/2024 ... diabète de type 2 158", "20/09/2024 ... vie à domicile 158",
		// "06/12/2024 ... Santé mentale ... 188" (lines 478-481).
		List<FigureRow> rows = this.figures.figures(new FigureQuery("event", null, null,
				java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 12, 31)), java.util.Locale.FRENCH);
		List<String> webinars = rows.stream()
			.filter((row) -> this.events.event(java.util.UUID.fromString(row.key()))
				.orElseThrow()
				.kind() == EventKind.WEBINAR)
			.map((row) -> row.startsAt().atZone(EventMails.BRUSSELS).toLocalDate() + " " + row.registrants() + " "
					+ (this.events.event(java.util.UUID.fromString(row.key()))
						.orElseThrow()
						.activity()
						.replayUrl() != null))
			.toList();
		assertThat(webinars).containsExactly("2024-01-26 141 true", "2024-04-19 158 true", "2024-09-20 158 true",
				"2024-12-06 188 true");
	}

	@Test
	void theBrusinfoSessionsOf2024AreCountedByRequestingTerritoryAndByTeamAsTheReportsAnnexes() {
		java.time.LocalDate from = java.time.LocalDate.of(2024, 1, 1);
		java.time.LocalDate to = java.time.LocalDate.of(2024, 12, 31);
		// "Réception de la demande : Région : 40 ... Centre-Ouest: 10, Sud: 8, Nord: 4,
		// Nord-Est: 10, Sud-Est: 8" (lines 816-822).
		Map<String, Long> byRequest = new LinkedHashMap<>();
		this.figures.figures(new FigureQuery("kind", "requesting", null, from, to), java.util.Locale.FRENCH)
			.stream()
			.filter((row) -> "INFO_SESSION".equals(row.key()))
			.forEach((row) -> byRequest.put(row.key2(), row.held()));
		assertThat(byRequest).containsOnly(Map.entry("REGION", 40L), Map.entry("CENTRE_OUEST", 10L),
				Map.entry("SUD", 8L), Map.entry("NORD", 4L), Map.entry("NORD_EST", 10L), Map.entry("SUD_EST", 8L));
		// "Bassin Centre-Ouest: 24 séances, Nord: 5, Nord-Est: 10, Sud-Est: 6, Sud: 9"
		// (lines 724-737); the other 26 of the 80 by the regional teams.
		Map<String, Long> byTeam = new LinkedHashMap<>();
		this.figures.figures(new FigureQuery("kind", "team", null, from, to), java.util.Locale.FRENCH)
			.stream()
			.filter((row) -> "INFO_SESSION".equals(row.key()))
			.forEach((row) -> byTeam.put(row.key2(), row.held()));
		assertThat(byTeam).contains(Map.entry("CENTRE_OUEST", 24L), Map.entry("NORD", 5L), Map.entry("NORD_EST", 10L),
				Map.entry("SUD_EST", 6L), Map.entry("SUD", 9L));
		assertThat(byTeam.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(80);
		// "15 séances ont porté sur des thématiques liées à la fin de vie"; most in
		// nursing homes, unlisted, with a headcount.
		assertThat(byTeam).containsEntry("PALLIATIVE", 15L);
		List<Event> sessions = this.events.all(5000)
			.stream()
			.filter((event) -> event.kind() == EventKind.INFO_SESSION && event.startsAt() != null
					&& event.startsAt().atZone(EventMails.BRUSSELS).getYear() == 2024)
			.toList();
		assertThat(sessions).hasSize(80).allMatch((event) -> event.activity().headcount() != null);
		assertThat(sessions).filteredOn((event) -> event.activity().unlisted()).hasSizeGreaterThan(40);
		assertThat(sessions).anyMatch((event) -> event.activity().unlisted() && event.activity().headcount() == 22
				&& event.title().fr().contains("Maison de repos"));
		assertThat(this.events.agenda(from.atStartOfDay(EventMails.BRUSSELS).toInstant(),
				to.plusDays(1).atStartOfDay(EventMails.BRUSSELS).toInstant(), new AgendaFilter(null, null, null), 0,
				500))
			.noneMatch((event) -> event.activity().unlisted());
	}

}
