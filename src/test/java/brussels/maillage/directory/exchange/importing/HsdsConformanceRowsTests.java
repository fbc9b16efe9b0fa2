package brussels.maillage.directory.exchange.importing;

import brussels.maillage.directory.exchange.reading.PackageColumns;
import brussels.maillage.directory.exchange.store.ImportProgress;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How the import reads the cells other publishers write within the HSDS 3.1 schema (issue
 * 17), without the application: columns by name, ids, numbers, times and the RFC 5545
 * bounds of a schedule.
 */
class HsdsConformanceRowsTests {

	private static PackageColumns.Raw csv(String text) {
		return PackageColumns.parse(text.getBytes(StandardCharsets.UTF_8));
	}

	@Test
	void absentColumnsAreEmptyUpperCaseUuidsLowerAndStringIdsDerivedTheSameInEveryTable() {
		String upper = "6F1C2A8E-0000-4000-8000-0000000000AA";
		PackageColumns.Raw services = csv("\uFEFFstatus,name,id,organization_id\r\nactive,Aide,SVC-1," + upper
				+ "\r\nactive,Autre,SVC-2,NOWHERE\r\n");
		PackageColumns.Raw phones = csv("id,service_id,number\nPH-1,SVC-1,02 000 00 00\n");
		Set<String> ids = new java.util.HashSet<>(PackageColumns.otherIds(services));
		ids.addAll(PackageColumns.otherIds(phones));
		PackageColumns.Read read = PackageColumns.normalize("service", services, "src", ids);
		CSVRecord row = read.rows().get(0);
		assertThat(row.get("description")).isEmpty();
		assertThat(row.get("organization_id")).isEqualTo(upper.toLowerCase(java.util.Locale.ROOT));
		String derived = UUID.nameUUIDFromBytes("hsds-id/src/SVC-1".getBytes(StandardCharsets.UTF_8)).toString();
		assertThat(row.get("id")).isEqualTo(derived);
		assertThat(PackageColumns.normalize("phone", phones, "src", ids).rows().get(0).get("service_id"))
			.isEqualTo(derived);
		// A foreign key that is no UUID and names no id of the package stays as written
		// (the readers say it names no row: an unknown reference).
		assertThat(read.rows().get(1).get("organization_id")).isEqualTo("NOWHERE");
		assertThat(read.derived()).isEqualTo(2);
	}

	@Test
	void agesAsDecimalsAndTimesWithAnOffset() {
		ParsedPackage parsed = new ParsedPackage();
		List<CSVRecord> rows = PackageColumns
			.normalize("service", csv("id,minimum_age,maximum_age\nx,18.0,17.5\n"), "s", Set.of())
			.rows();
		assertThat(parsed.integer("service", rows.get(0), "minimum_age")).isEqualTo(18);
		assertThat(parsed.integer("service", rows.get(0), "maximum_age")).isEqualTo(17);
		assertThat(parsed.warnings).extracting(ImportReport.Problem::key).containsExactly("numberTruncated");
		CSVRecord times = csv("opens_at,closes_at\n09:00+01:00,17:30:00Z\n").rows().get(0);
		assertThat(parsed.time("schedule", times, "opens_at")).isEqualTo(LocalTime.of(9, 0));
		assertThat(parsed.time("schedule", times, "closes_at")).isEqualTo(LocalTime.of(17, 30));
		assertThat(parsed.problems).isEmpty();
	}

	@Test
	void dtstartAndUntilAsDateOrDateTimeBoundTheWeeklyHours() {
		ParsedPackage parsed = new ParsedPackage();
		UUID service = UUID.randomUUID();
		parsed.services.put(service, null);
		String text = "id,service_id,freq,byday,dtstart,until,interval,opens_at,closes_at\n" + UUID.randomUUID() + ","
				+ service + ",WEEKLY,SA,2026-11-07T10:00:00,2027-03-27T23:59:59Z,1.0,10:00,16:00\n";
		ScheduleRows.read(Map.of("schedule", csv(text).rows()), parsed, Map.of(),
				new RowCounter(ImportProgress.NONE, 0));
		assertThat(parsed.problems).isEmpty();
		assertThat(parsed.slots).singleElement().satisfies((slot) -> {
			assertThat(slot.validFrom()).isEqualTo(LocalDate.of(2026, 11, 7));
			assertThat(slot.validTo()).isEqualTo(LocalDate.of(2027, 3, 27));
		});
	}

}
