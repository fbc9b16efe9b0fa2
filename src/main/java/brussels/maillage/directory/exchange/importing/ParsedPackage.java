package brussels.maillage.directory.exchange.importing;

import brussels.maillage.directory.exchange.store.DirectorySnapshot;

import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;

import static brussels.maillage.directory.exchange.importing.Cells.blank;

/**
 * What was read from a package, and what was found: the problems (where a row breaks the
 * HSDS 3.1 schema: a required field missing, a malformed id, date or number, an unknown
 * foreign key; they refuse the package, or leave the service out) apart from the warnings
 * (our own rules: what the directory keeps differently from the package, never an error).
 */
final class ParsedPackage {

	final List<ImportReport.Problem> problems = new ArrayList<>();

	/** What was imported differently from the package (not errors). */
	final List<ImportReport.Problem> warnings = new ArrayList<>();

	final Map<UUID, DirectorySnapshot.Org> organizations = new LinkedHashMap<>();

	final Map<UUID, DirectorySnapshot.Loc> locations = new LinkedHashMap<>();

	final Map<UUID, DirectorySnapshot.Program> programs = new LinkedHashMap<>();

	final Map<UUID, DirectorySnapshot.Svc> services = new LinkedHashMap<>();

	final List<DirectorySnapshot.ServiceAtLocation> links = new ArrayList<>();

	final List<DirectorySnapshot.Phone> phones = new ArrayList<>();

	final List<DirectorySnapshot.Slot> slots = new ArrayList<>();

	final List<DirectorySnapshot.ServiceTerm> terms = new ArrayList<>();

	/**
	 * Every service id written in the package, valid or not (they are not closed).
	 */
	final Set<String> inPackage = new java.util.HashSet<>();

	/** Services left out because one of their rows has a problem. */
	final Set<String> tainted = new java.util.HashSet<>();

	void taint(CSVRecord row, String serviceField, int problemsBefore) {
		if (this.problems.size() > problemsBefore && row.isMapped(serviceField)) {
			this.tainted.add(row.get(serviceField).strip());
		}
	}

	void dropTainted() {
		this.services.keySet().removeIf((id) -> this.tainted.contains(id.toString()));
		this.links.removeIf((link) -> !this.services.containsKey(link.serviceId()));
		this.phones.removeIf((phone) -> !this.services.containsKey(phone.serviceId()));
		this.slots.removeIf((slot) -> !this.services.containsKey(slot.serviceId()));
		this.terms.removeIf((term) -> !this.services.containsKey(term.serviceId()));
		this.virtualLinks.removeIf((link) -> !this.services.containsKey(link.serviceId()));
		this.contacts
			.removeIf((contact) -> contact.serviceId() != null && !this.services.containsKey(contact.serviceId()));
		java.util.Set<UUID> kept = new java.util.HashSet<>();
		this.contacts.forEach((contact) -> kept.add(contact.id()));
		this.contactPhones.removeIf((phone) -> !kept.contains(phone.contactId()));
	}

	final Map<UUID, DirectorySnapshot.VirtualLoc> virtualLocations = new LinkedHashMap<>();

	final List<DirectorySnapshot.VirtualLink> virtualLinks = new ArrayList<>();

	final List<DirectorySnapshot.Contact> contacts = new ArrayList<>();

	final List<DirectorySnapshot.ContactPhone> contactPhones = new ArrayList<>();

	final List<DirectorySnapshot.PackageTaxonomy> packageTaxonomies = new ArrayList<>();

	final List<DirectorySnapshot.PackageTerm> packageTermList = new ArrayList<>();

	DirectorySnapshot.Extras extras() {
		return new DirectorySnapshot.Extras(
				this.organizationPhones.stream()
					.filter((phone) -> this.organizations.containsKey(phone.organizationId()))
					.toList(),
				this.packageTaxonomies, this.packageTermList,
				this.packageTerms.stream().filter((term) -> this.services.containsKey(term.serviceId())).toList());
	}

	java.time.LocalDate localDate(String table, CSVRecord row, String field) {
		String value = row.isMapped(field) ? blank(row.get(field)) : null;
		try {
			return (value != null) ? Cells.date(value) : null;
		}
		catch (DateTimeParseException ex) {
			problem(table, row, field, "badDate", "bad date " + value, value);
			return null;
		}
	}

	DirectorySnapshot snapshot() {
		return new DirectorySnapshot(List.copyOf(this.organizations.values()), List.copyOf(this.services.values()),
				List.copyOf(this.locations.values()), this.links, this.phones, this.slots, this.terms, List.of(),
				List.of(), new DirectorySnapshot.Online(List.copyOf(this.virtualLocations.values()), this.virtualLinks,
						this.contacts, this.contactPhones),
				List.copyOf(this.programs.values()));
	}

	/**
	 * Rows of places not kept (no address, no organisation): links to them are dropped.
	 */
	final Set<String> skippedLocations = new java.util.HashSet<>();

	final List<DirectorySnapshot.OrgPhone> organizationPhones = new ArrayList<>();

	final List<DirectorySnapshot.ServicePackageTerm> packageTerms = new ArrayList<>();

	void warning(String table, CSVRecord row, String field, String key, String reason, Object... args) {
		warning(table, row.getRecordNumber() + 1, field, key, reason, args);
	}

	void warning(String table, long line, String field, String key, String reason, Object... args) {
		this.warnings.add(new ImportReport.Problem(table, line, field, reason, key, java.util.Arrays.asList(args)));
	}

	/**
	 * An error of a row: {@code key} names its message {@code exchange.error.<key>} (in
	 * the page's language), {@code reason} says it in English (API, CSV report).
	 */
	void problem(String table, CSVRecord row, String field, String key, String reason, Object... args) {
		this.problems.add(ImportReport.Problem.error(table, row.getRecordNumber() + 1, field, key, reason, args));
	}

	String required(String table, CSVRecord row, String field) {
		String value = row.isMapped(field) ? row.get(field) : null;
		if (value == null || value.isBlank()) {
			problem(table, row, field, "missingField", "missing required field");
			return null;
		}
		return value.strip();
	}

	UUID uuid(String table, CSVRecord row, String field, boolean required) {
		String value = required ? required(table, row, field) : blank(row.get(field));
		if (value == null) {
			return null;
		}
		try {
			return UUID.fromString(value);
		}
		catch (IllegalArgumentException ex) {
			problem(table, row, field, "badUuid", "bad UUID " + value, value);
			return null;
		}
	}

	/**
	 * A required foreign key that names one of {@code known}, or a problem. A value that
	 * is not a UUID names no row of the package (its ids that are not UUIDs were read as
	 * UUIDs derived from them): it is an unknown reference, not a malformed id.
	 */
	UUID reference(String table, CSVRecord row, String field, Set<UUID> known) {
		String value = required(table, row, field);
		UUID id = Cells.uuidOrNull(value);
		if (value != null && (id == null || !known.contains(id))) {
			String named = (id != null) ? id.toString() : value;
			problem(table, row, field, "unknownReference", "unknown foreign key " + named, named);
			return null;
		}
		return id;
	}

	/**
	 * A whole number; HSDS types ages as numbers, so {@code 18.0} is 18, and a fraction
	 * is kept as its whole part, with a warning.
	 */
	Integer integer(String table, CSVRecord row, String field) {
		String value = blank(row.get(field));
		try {
			if (value == null) {
				return null;
			}
			java.math.BigDecimal number = new java.math.BigDecimal(value);
			int whole = number.setScale(0, java.math.RoundingMode.DOWN).intValueExact();
			if (number.compareTo(java.math.BigDecimal.valueOf(whole)) != 0) {
				warning(table, row, field, "numberTruncated", value + " kept as " + whole, value, whole);
			}
			return whole;
		}
		catch (NumberFormatException | ArithmeticException ex) {
			problem(table, row, field, "notWholeNumber", "not a whole number: " + value, value);
			return null;
		}
	}

	Double decimal(String table, CSVRecord row, String field) {
		String value = blank(row.get(field));
		try {
			return (value != null) ? Double.valueOf(value) : null;
		}
		catch (NumberFormatException ex) {
			problem(table, row, field, "notNumber", "not a number: " + value, value);
			return null;
		}
	}

	/**
	 * Dates and times already read (a package repeats them: the same export time, the
	 * same opening hours), since parsing them is a large part of reading.
	 */
	private final Map<String, Object> parsedTimes = new HashMap<>();

	Instant instant(String table, CSVRecord row, String field) {
		String value = blank(row.get(field));
		try {
			return (value != null) ? (Instant) this.parsedTimes.computeIfAbsent(value, ParsedPackage::instant) : null;
		}
		catch (DateTimeParseException ex) {
			problem(table, row, field, "badDateTime", "bad date-time " + value, value);
			return null;
		}
	}

	/**
	 * A date-time with an offset, or without one (HSDS: "dates are assumed to be UTC
	 * otherwise").
	 */
	private static Instant instant(String value) {
		return Cells.instant(value);
	}

	Instant date(String table, CSVRecord row, String field) {
		String value = blank(row.get(field));
		try {
			return (value != null) ? Cells.date(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant() : null;
		}
		catch (DateTimeParseException ex) {
			problem(table, row, field, "badDate", "bad date " + value, value);
			return null;
		}
	}

	/**
	 * A time of day, as HSDS writes it: {@code 09:00}, {@code 09:00:00}, or with the
	 * offset the schema recommends ({@code 09:00+01:00}, {@code 09:00Z}): the time is
	 * kept as written, the offset is not (the directory's hours are Brussels time), which
	 * the report says once per package.
	 */
	LocalTime time(String table, CSVRecord row, String field) {
		String value = required(table, row, field);
		if (value == null) {
			return null;
		}
		try {
			return (LocalTime) this.parsedTimes.computeIfAbsent("T" + value, (key) -> LocalTime.parse(value));
		}
		catch (DateTimeParseException ex) {
			// With an offset: below.
		}
		try {
			LocalTime time = java.time.OffsetTime.parse(value).toLocalTime();
			if (this.offsetSaid.add(table)) {
				warning(table, row, field, "timeOffsetNotKept", "time " + value + " with an offset: kept as " + time
						+ " (the directory's hours are Brussels time)", value, time.toString());
			}
			return time;
		}
		catch (DateTimeParseException ex) {
			problem(table, row, field, "badTime", "bad time " + value, value);
			return null;
		}
	}

	/** The tables whose times with an offset the report has said. */
	private final Set<String> offsetSaid = new java.util.HashSet<>();

}
