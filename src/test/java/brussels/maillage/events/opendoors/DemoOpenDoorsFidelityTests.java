package brussels.maillage.events.opendoors;

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
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoOpenDoorsFidelityTests {

	@Autowired
	OpenDoorsWeekService weeks;

	@Autowired
	TerritoryService territory;

	@Autowired
	JdbcClient jdbc;

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
		assertThat(this.weeks.totals(names)).isEqualTo(new OpenDoors.Totals(2, 105, 261, 442));
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

}
