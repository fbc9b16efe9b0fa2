package brussels.maillage.directory.exchange.importing;

import brussels.maillage.directory.exchange.reading.HsdsExtensions;
import brussels.maillage.directory.exchange.store.DirectorySnapshot;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;

import static brussels.maillage.directory.exchange.importing.Cells.value;

/**
 * A package's schedules as the services' weekly opening hours (RFC 5545
 * {@code FREQ=WEEKLY}, one opening per day); other recurrences, hours of a place and
 * hours without times or days are said and left out of them.
 */
final class ScheduleRows {

	private static final List<String> DAYS = List.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

	private ScheduleRows() {
	}

	/**
	 * Reads the schedules, once the services and services at places
	 * ({@code linkServices}) are read.
	 */
	static void read(Map<String, List<CSVRecord>> tables, ParsedPackage parsed, Map<String, UUID> linkServices,
			RowCounter counter) {
		List<ImportReport.Problem> problems = parsed.problems;
		for (CSVRecord row : tables.getOrDefault("schedule", List.of())) {
			counter.tick();
			int before = problems.size();
			UUID id = parsed.uuid("schedule", row, "id", true);
			String serviceValue = value(row, "service_id");
			UUID service = null;
			if (!serviceValue.isEmpty()) {
				service = parsed.reference("schedule", row, "service_id", parsed.services.keySet());
			}
			else {
				service = linkServices.get(value(row, "service_at_location_id"));
			}
			if (service == null && problems.size() == before) {
				parsed.warning("schedule", row, "service_id", "hoursNotKept",
						"hours of a place or of nothing the directory keeps: not imported");
				continue;
			}
			String freq = value(row, "freq").toUpperCase(Locale.ROOT);
			String byday = value(row, "byday").toUpperCase(Locale.ROOT);
			String interval = value(row, "interval");
			LocalTime opens = value(row, "opens_at").isEmpty() ? null : parsed.time("schedule", row, "opens_at");
			LocalTime closes = value(row, "closes_at").isEmpty() ? null : parsed.time("schedule", row, "closes_at");
			LocalDate validFrom = parsed.localDate("schedule", row, "valid_from");
			LocalDate validTo = parsed.localDate("schedule", row, "valid_to");
			// RFC 5545: the recurrence starts at DTSTART and ends at UNTIL (a date or a
			// date-time); they bound the hours when valid_from and valid_to do not.
			LocalDate start = day(parsed, row, "dtstart");
			LocalDate until = day(parsed, row, "until");
			validFrom = (validFrom != null) ? validFrom : start;
			validTo = (validTo != null) ? validTo : until;
			if (problems.size() > before) {
				parsed.taint(row, "service_id", before);
				continue;
			}
			// Weekly openings (RFC 5545 FREQ=WEEKLY, BYDAY=MO,TU...) are the directory's
			// opening hours; other recurrences (monthly: BYDAY=2MO, -1FR), hours
			// without times or days are kept out of them, and said.
			String reason = null;
			String key = "hoursNotWeekly";
			String shown = "";
			String monthDays = value(row, "bymonthday");
			if (!freq.isEmpty() && !freq.equals("WEEKLY")) {
				reason = "recurrence " + freq + (byday.isEmpty() ? "" : " " + byday)
						+ (monthDays.isEmpty() ? "" : " " + monthDays);
				shown = "FREQ=" + freq + (byday.isEmpty() ? "" : ";BYDAY=" + byday)
						+ (monthDays.isEmpty() ? "" : ";BYMONTHDAY=" + monthDays);
			}
			else if (!monthDays.isEmpty() && freq.isEmpty()) {
				// Without FREQ, days of the month are no weekly hours (RFC 5545 forbids
				// BYMONTHDAY with FREQ=WEEKLY: there it is left aside, as before).
				reason = "days of the month " + monthDays;
				shown = "BYMONTHDAY=" + monthDays;
			}
			else if (!interval.isEmpty() && !isOne(interval)) {
				reason = "every " + interval + " weeks";
				shown = "INTERVAL=" + interval;
			}
			else if (opens == null || closes == null) {
				reason = "no opening and closing time";
				key = "hoursWithoutTimes";
			}
			else if (byday.isEmpty()) {
				reason = "no day of the week";
				key = "hoursWithoutDay";
			}
			else if (opens.equals(closes)) {
				reason = "opens and closes at the same time";
				key = "hoursSameTime";
			}
			List<String> codes = byday.isEmpty() ? List.of() : List.of(byday.split("\\s*,\\s*"));
			if (reason == null && !codes.stream().allMatch(DAYS::contains)) {
				reason = "days " + byday;
				shown = "BYDAY=" + byday;
			}
			if (reason != null) {
				parsed.warning("schedule", row, "freq", key, "hours not weekly (" + reason
						+ "): not shown as opening hours; the description stays the service's to give", shown);
				continue;
			}
			if (!value(row, "count").isEmpty()) {
				parsed.warning("schedule", row, "count", "countNotKept", "recurrence limited to " + value(row, "count")
						+ " occurrences: shown as weekly hours without that limit", value(row, "count"));
			}
			for (String code : codes) {
				UUID slotId = (codes.size() == 1) ? id
						: UUID.fromString(HsdsExtensions.derived(id.toString(), "day", code));
				parsed.slots.add(new DirectorySnapshot.Slot(slotId, service, DAYS.indexOf(code) + 1, opens, closes,
						validFrom, validTo));
			}
		}
	}

	private static boolean isOne(String number) {
		try {
			return new java.math.BigDecimal(number).compareTo(java.math.BigDecimal.ONE) == 0;
		}
		catch (NumberFormatException ex) {
			return false;
		}
	}

	/** A date, or the date of a date-time (RFC 5545 DTSTART and UNTIL may be either). */
	private static LocalDate day(ParsedPackage parsed, CSVRecord row, String field) {
		String value = value(row, field);
		if (value.isEmpty()) {
			return null;
		}
		try {
			return Cells.date(value);
		}
		catch (java.time.format.DateTimeParseException ex) {
			parsed.problem("schedule", row, field, "badDate", "bad date " + value, value);
			return null;
		}
	}

}
