package brussels.maillage.directory.exchange;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.OpeningHours;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.directory.RegisterService;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceLocation;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;
import brussels.maillage.system.LocalizedText;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The import writes the directory's change log itself (V119): one row per service it
 * wrote, stamped with the version it raised, where the triggers wrote one per table and
 * row; the search index of every instance reads the change log, so it must name exactly
 * the services written, and the next search finds them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ImportChangeLogTests {

	@Autowired
	DirectoryService directory;

	@Autowired
	DirectoryExport export;

	@Autowired
	HsdsImport hsds;

	@Autowired
	JdbcClient jdbc;

	@Test
	void logsEachWrittenServiceOnceWithTheVersionItRaised() throws IOException {
		UUID place = UUID.randomUUID();
		RegisterOrganization organization = new RegisterOrganization(UUID.randomUUID(), "Martin-pêcheur asbl",
				LocalizedText.of("Une association", null, null), null, null, List.of(new ServiceLocation(place,
						"Antenne", "Rue Josaphat 12", "1030", "Schaerbeek", "21015", 50.867, 4.378, false)));
		this.directory.register(organization);
		RegisterService diving = service(organization.id(), place, "Martin-pêcheur plongeur");
		RegisterService perched = service(organization.id(), place, "Martin-pêcheur perché");
		this.directory.register(diving, "test");
		this.directory.register(perched, "test");
		List<UUID> services = List.of(diving.id(), perched.id());
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		this.export.write(ExportFormat.HSDS, "fr", services, out);
		Map<String, byte[]> files = HsdsImport.unzip(out.toByteArray());
		this.jdbc.sql("delete from service where id in (:ids)").param("ids", services).update();

		long before = version();
		ImportReport added = this.hsds.importPackage(files,
				new ImportOptions("fr", false, "change-log-" + UUID.randomUUID(), false));
		assertThat(added.errors()).isEmpty();
		assertThat(added.added()).isEqualTo(2);
		long after = version();
		assertThat(after).isGreaterThan(before);
		// One row per service written (each has a phone, hours, a place and a theme,
		// which
		// the triggers logged as four more rows each), all of them stamped.
		assertThat(logged(before, after)).containsExactlyInAnyOrderEntriesOf(Map.of(diving.id(), 1, perched.id(), 1));
		assertThat(this.jdbc.sql("select count(*) from directory_change where version is null")
			.query(Integer.class)
			.single()).isZero();
		assertThat(found("plongeur")).contains(diving.id());

		// A second import that renames one service logs that one only, and the next
		// search finds the new name.
		Map<String, byte[]> renamed = new HashMap<>();
		files.forEach((name, bytes) -> renamed.put(name,
				new String(bytes, StandardCharsets.UTF_8).replace("Martin-pêcheur plongeur", "Martin-pêcheur nageur")
					.getBytes(StandardCharsets.UTF_8)));
		long beforeRename = version();
		ImportReport changed = this.hsds.importPackage(renamed, new ImportOptions("fr", false, added.source(), false));
		assertThat(changed.changed()).isEqualTo(1);
		assertThat(changed.unchanged()).isEqualTo(1);
		assertThat(logged(beforeRename, version())).containsExactlyEntriesOf(Map.of(diving.id(), 1));
		assertThat(found("nageur")).contains(diving.id());
		assertThat(found("plongeur")).doesNotContain(diving.id());
	}

	private long version() {
		return this.jdbc.sql("select version from directory_version").query(Long.class).single();
	}

	/** The services the change log lists between two versions, with their rows. */
	private Map<UUID, Integer> logged(long after, long upTo) {
		Map<UUID, Integer> rows = new HashMap<>();
		this.jdbc.sql("""
				select service_id, count(*) from directory_change where version > :after and version <= :upTo
				group by service_id""")
			.param("after", after)
			.param("upTo", upTo)
			.query((rs, row) -> rows.put(rs.getObject(1, UUID.class), rs.getInt(2)))
			.list();
		return rows;
	}

	private List<UUID> found(String words) {
		return this.directory.find(SearchQuery.of(words, Place.NOWHERE)).hits().stream().map(SearchHit::id).toList();
	}

	private static RegisterService service(UUID organization, UUID place, String name) {
		return new RegisterService(UUID.randomUUID(), organization, LocalizedText.of(name, null, null),
				LocalizedText.of("Accompagnement des familles.", null, null), null, null, null, ServiceStatus.ACTIVE,
				ServiceKind.SERVICE, null, null, null, null, Cost.FREE, List.of("fr"), List.of(), AreaLevel.REGION,
				List.of(), List.of(place), List.of("02 123 45 67"),
				List.of(new OpeningHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
				List.of("home_nursing"), null, null);
	}

}
