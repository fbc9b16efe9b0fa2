package brussels.maillage.directory.demo;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import brussels.maillage.WebSession;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo directory as a newcomer meets it: no service twice at the same address, and
 * the CPAS (OCMW) of the 19 communes found when a person types their name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoDirectoryTests {

	private static final Pattern HIT_NAME = Pattern.compile("<h3 class=\"hit-name\"><a [^>]*>(.*?)</a>",
			Pattern.DOTALL);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theDemoHasNoTwoServicesWithTheSameNameAtTheSameAddress() {
		List<Map<String, Object>> duplicates = this.jdbc.sql("""
				with demo as (
					select s.id, s.name ->> 'fr' as fr, s.name ->> 'nl' as nl,
						string_agg(l.address || ', ' || l.postcode, '; ' order by l.address, l.postcode) as addresses
					from service s
					join service_at_location sl on sl.service_id = s.id
					join location l on l.id = sl.location_id
					where exists (select 1 from service_history h where h.service_id = s.id and h.changed_by = 'demo')
					group by s.id)
				select fr, nl, addresses, count(*) as copies from demo
				group by fr, nl, addresses having count(*) > 1""").query().listOfRows();
		assertThat(duplicates).isEmpty();
		assertThat(this.jdbc.sql("""
				select count(*) from service s
				where exists (select 1 from service_history h where h.service_id = s.id and h.changed_by = 'demo')""")
			.query(Long.class)
			.single()).as("the demo directory was loaded").isGreaterThan(300);
	}

	@Test
	void theGeneratorLeavesOutAServiceItWouldOfferTwiceAtOneAddress() {
		DemoDirectoryGenerator.Directory demo = new DemoDirectoryGenerator(DemoDirectoryLoader.SEED)
			.generate(DemoDirectoryLoader.SIZE);
		Map<java.util.UUID, brussels.maillage.directory.RegisterOrganization> organizations = new java.util.HashMap<>();
		demo.organizations().forEach((organization) -> organizations.put(organization.id(), organization));
		List<String> keys = demo.services()
			.stream()
			.map((service) -> DemoDirectoryGenerator.nameAndAddress(service,
					organizations.get(service.organizationId())))
			.toList();
		assertThat(keys).doesNotHaveDuplicates();
		assertThat(demo.services()).hasSizeGreaterThanOrEqualTo(DemoDirectoryLoader.SIZE);
	}

	@Test
	void aSearchForCpasOrOcmwFindsTheCentresOfSeveralCommunes() {
		List<String> cpas = hits("/repertoire?lang=fr&q=CPAS");
		assertThat(cpas.stream().filter((name) -> name.contains("CPAS d") && name.startsWith("Aide sociale")))
			.as("CPAS services among the first results for 'CPAS'")
			.hasSizeGreaterThanOrEqualTo(3);
		assertThat(cpas.stream().map(DemoDirectoryTests::commune).distinct().count()).isGreaterThanOrEqualTo(3);

		List<String> ocmw = hits("/repertoire?lang=nl&q=OCMW");
		assertThat(ocmw.stream().filter((name) -> name.contains("OCMW ")))
			.as("OCMW services among the first results for 'OCMW'")
			.hasSizeGreaterThanOrEqualTo(3);
	}

	@Test
	void aSearchForTheCpasOfACommuneGivesThatCommunesFirst() {
		assertThat(hits("/repertoire?lang=fr&q=CPAS+Schaerbeek").get(0)).isEqualTo("Aide sociale – CPAS de Schaerbeek");
		assertThat(hits("/repertoire?lang=nl&q=OCMW+Schaarbeek").get(0))
			.isEqualTo("Maatschappelijke dienstverlening – OCMW Schaarbeek");
		assertThat(hits("/repertoire?lang=fr&q=cpas+uccle").get(0)).isEqualTo("Aide sociale – CPAS d'Uccle");
	}

	private List<String> hits(String path) {
		HttpResponse<String> page = new WebSession(this.port).get(path);
		assertThat(page.statusCode()).isEqualTo(200);
		Matcher hit = HIT_NAME.matcher(page.body());
		List<String> names = new java.util.ArrayList<>();
		while (hit.find()) {
			names.add(org.springframework.web.util.HtmlUtils
				.htmlUnescape(hit.group(1).replaceAll("<[^>]+>", "").strip()));
		}
		assertThat(names).as("results of " + path).isNotEmpty();
		return names;
	}

	private static String commune(String name) {
		return name.replaceAll("^.*CPAS d(e |')", "");
	}

}
