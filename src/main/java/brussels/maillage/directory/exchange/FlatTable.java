package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import brussels.maillage.directory.exchange.store.DirectorySnapshot;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.SpreadsheetCells;
import brussels.maillage.territory.TerritoryService;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The directory as one table of services for people who work in a spreadsheet: one row
 * per service, headers and texts in the chosen language, as CSV (UTF-8 with a byte-order
 * mark so that spreadsheet programs read accents) or XLSX. A cell that a spreadsheet
 * would read as a formula ({@code =}, {@code +}, {@code -}, {@code @}, ...) is kept as
 * text ({@link SpreadsheetCells}).
 */
@Component
class FlatTable {

	static final List<String> COLUMNS = List.of("id", "name", "organization", "description", "status", "kind", "cost",
			"address", "phones", "email", "website", "hours", "themes", "languages", "area", "eligibility",
			"applicationProcess", "lastVerified", "areaCodes", "languageCodes");

	private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private final MessageSource messages;

	private final TerritoryService territory;

	FlatTable(MessageSource messages, TerritoryService territory) {
		this.messages = messages;
		this.territory = territory;
	}

	List<String> headers(Locale locale) {
		return COLUMNS.stream().map((column) -> message("exchange.column." + column, locale)).toList();
	}

	/** The rows, in the snapshot's service order. */
	List<List<String>> rows(DirectorySnapshot snapshot, List<UUID> order, Locale locale) {
		Map<UUID, String> organizations = snapshot.organizations()
			.stream()
			.collect(Collectors.toMap(DirectorySnapshot.Org::id, DirectorySnapshot.Org::name));
		Map<UUID, DirectorySnapshot.Loc> locations = snapshot.locations()
			.stream()
			.collect(Collectors.toMap(DirectorySnapshot.Loc::id, (loc) -> loc));
		Map<UUID, List<String>> addresses = new HashMap<>();
		snapshot.servicesAtLocations().forEach((link) -> {
			DirectorySnapshot.Loc loc = locations.get(link.locationId());
			if (loc != null) {
				addresses.computeIfAbsent(link.serviceId(), (key) -> new ArrayList<>())
					.add(loc.address() + ", " + loc.postcode() + " " + loc.city());
			}
		});
		Map<UUID, List<String>> phones = new HashMap<>();
		snapshot.phones()
			.forEach((phone) -> phones.computeIfAbsent(phone.serviceId(), (key) -> new ArrayList<>())
				.add(phone.number()));
		Map<UUID, List<String>> hours = new HashMap<>();
		snapshot.schedules()
			.forEach((slot) -> hours.computeIfAbsent(slot.serviceId(), (key) -> new ArrayList<>())
				.add(DayOfWeek.of(slot.weekday()).getDisplayName(TextStyle.SHORT, locale) + " " + slot.opensAt() + "–"
						+ slot.closesAt()));
		Map<UUID, String> termLabels = snapshot.terms()
			.stream()
			.collect(Collectors.toMap(DirectorySnapshot.Term::id, (term) -> term.label().in(locale).text()));
		Map<UUID, List<String>> themes = new HashMap<>();
		snapshot.serviceTerms()
			.forEach((link) -> themes.computeIfAbsent(link.serviceId(), (key) -> new ArrayList<>())
				.add(termLabels.getOrDefault(link.termId(), "")));
		Map<UUID, DirectorySnapshot.Svc> services = snapshot.services()
			.stream()
			.collect(Collectors.toMap(DirectorySnapshot.Svc::id, (svc) -> svc));
		Map<String, LocalizedText> names = areaNames();
		List<List<String>> rows = new ArrayList<>();
		for (UUID id : order) {
			DirectorySnapshot.Svc svc = services.get(id);
			if (svc == null) {
				continue;
			}
			rows.add(List
				.of(id.toString(), text(svc.name(), locale), organizations.getOrDefault(svc.organizationId(), ""),
						text(svc.description(), locale),
						message("directory.status." + svc.status().toUpperCase(Locale.ROOT), locale),
						message("directory.kind." + svc.kind().toUpperCase(Locale.ROOT), locale),
						message("directory.cost." + svc.cost().toUpperCase(Locale.ROOT), locale),
						String.join(" | ", addresses.getOrDefault(id, List.of())),
						String.join(" | ", phones.getOrDefault(id, List.of())), orEmpty(svc.email()),
						orEmpty(svc.url()), String.join(", ", hours.getOrDefault(id, List.of())),
						String.join(", ", themes.getOrDefault(id, List.of())),
						String.join(", ", svc.languages().stream().map((code) -> languageName(code, locale)).toList()),
						area(svc, names, locale), text(svc.eligibility(), locale),
						text(svc.applicationProcess(), locale), (svc.lastVerifiedAt() != null)
								? svc.lastVerifiedAt().atZone(BRUSSELS).toLocalDate().toString() : "",
						String.join(" ", svc.areaCodes()), String.join(" ", svc.languages())));
		}
		return rows;
	}

	void csv(DirectorySnapshot snapshot, List<UUID> order, Locale locale, OutputStream out) throws IOException {
		out.write(new byte[] { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF });
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		CSVPrinter csv = new CSVPrinter(writer,
				CSVFormat.DEFAULT.builder().setHeader(headers(locale).toArray(String[]::new)).get());
		for (List<String> row : rows(snapshot, order, locale)) {
			csv.printRecord(row.stream().map(SpreadsheetCells::text).toList());
		}
		csv.flush();
	}

	void xlsx(DirectorySnapshot snapshot, List<UUID> order, Locale locale, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Maillage", "1.0");
		Worksheet sheet = workbook.newWorksheet(message("exchange.sheet.services", locale));
		List<String> headers = headers(locale);
		for (int column = 0; column < headers.size(); column++) {
			sheet.value(0, column, headers.get(column));
		}
		sheet.range(0, 0, 0, headers.size() - 1).style().bold().fillColor("DDEBF0").set();
		sheet.freezePane(0, 1);
		int row = 1;
		for (List<String> values : rows(snapshot, order, locale)) {
			for (int column = 0; column < values.size(); column++) {
				sheet.value(row, column, SpreadsheetCells.text(values.get(column)));
			}
			row++;
		}
		workbook.finish();
	}

	/** Bassin and commune names by code. */
	private Map<String, LocalizedText> areaNames() {
		Map<String, LocalizedText> names = new HashMap<>();
		this.territory.bassins().forEach((summary) -> names.put(summary.bassin().code(), summary.bassin().name()));
		this.territory.communes().forEach((commune) -> names.put(commune.nis(), commune.name()));
		return names;
	}

	/**
	 * The service area in words: the level, then the places by name ("Commune :
	 * Schaerbeek, Etterbeek"), or the area as an imported package wrote it.
	 */
	private String area(DirectorySnapshot.Svc svc, Map<String, LocalizedText> names, Locale locale) {
		if (svc.areaDescription() != null) {
			return svc.areaDescription();
		}
		String level = message("directory.area." + svc.areaLevel(), locale);
		if (svc.areaCodes().isEmpty()) {
			return level;
		}
		List<String> places = svc.areaCodes().stream().map((code) -> {
			LocalizedText name = names.get(code);
			if (name == null && "QUARTIER".equals(svc.areaLevel())) {
				name = this.territory.quartierName(code).orElse(null);
			}
			return (name != null) ? name.in(locale).text() : code;
		}).toList();
		return message("exchange.area", new Object[] { level, String.join(", ", places) }, locale);
	}

	/**
	 * A spoken language in words, as the service page names it: the directory's own name
	 * when it has one, else Java's name of the ISO code ({@code ur}, {@code ur_fr},
	 * {@code urd}), else the code.
	 */
	private String languageName(String code, Locale locale) {
		String own = this.messages.getMessage("directory.spoken." + code, null, null, locale);
		if (own != null) {
			return own;
		}
		String language = code.strip().split("[-_]")[0];
		String name = Locale.of(language).getDisplayLanguage(locale);
		return (name.isEmpty() || name.equalsIgnoreCase(language)) ? code : name;
	}

	private String message(String key, Object[] args, Locale locale) {
		return this.messages.getMessage(key, args, key, locale);
	}

	private String message(String key, Locale locale) {
		return this.messages.getMessage(key, null, key, locale);
	}

	private static String text(LocalizedText text, Locale locale) {
		return (text != null) ? text.in(locale).text() : "";
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
