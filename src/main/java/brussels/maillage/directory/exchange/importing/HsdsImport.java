package brussels.maillage.directory.exchange.importing;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.directory.exchange.reading.PackageReader;
import brussels.maillage.directory.exchange.reading.PackageResources;
import brussels.maillage.directory.exchange.store.ExchangeStore;
import brussels.maillage.directory.exchange.store.ImportProgress;
import brussels.maillage.identity.AuditLog;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads an HSDS 3.1 tabular data package (as the export writes it) into the directory:
 * everything is checked first, every problem reported with its table, line and field, and
 * nothing is written when there is one; otherwise new services are added and changed ones
 * updated, by id, in one transaction, and identical ones are left alone. Each table is
 * read by its own reader ({@link ServiceRows}, {@link PlaceRows}, {@link LinkRows},
 * {@link ScheduleRows}, {@link TaxonomyRows}) into a {@link ParsedPackage}, then written
 * by {@link ExchangeStore}.
 */
@Service
public class HsdsImport {

	private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HsdsImport.class);

	private final JsonMapper json;

	private final ExchangeStore store;

	private final AuditLog audit;

	private final ServiceRows services;

	private final PlaceRows places;

	private final TaxonomyRows taxonomy;

	HsdsImport(JsonMapper json, ExchangeStore store, AuditLog audit, ServiceRows services, PlaceRows places,
			TaxonomyRows taxonomy) {
		this.json = json;
		this.store = store;
		this.audit = audit;
		this.services = services;
		this.places = places;
		this.taxonomy = taxonomy;
	}

	/**
	 * The files of a zipped package, by file name, read within the default limits of
	 * {@link PackageReader}.
	 */
	public static Map<String, byte[]> unzip(byte[] zip) {
		return new PackageReader(PackageReader.Limits.DEFAULT).unzip(new ByteArrayInputStream(zip));
	}

	/**
	 * Imports a package; {@code language} is the language of its HSDS texts when the
	 * descriptor does not say it.
	 */
	@Transactional
	public ImportReport importPackage(Map<String, byte[]> files, String language) {
		return importPackage(files, ImportOptions.allOrNothing(language));
	}

	/**
	 * Imports a package as the options say: all or nothing, or the valid rows (a service
	 * with a problem in its row or in one of its phones, hours, places or themes is left
	 * out, and reported); services of the same source absent from the package are closed.
	 */
	@Transactional
	public ImportReport importPackage(Map<String, byte[]> files, ImportOptions options) {
		return importPackage(files, options, ImportProgress.NONE);
	}

	/**
	 * Imports a package as the options say, telling {@code progress} the phase (reading,
	 * validating, writing) and the rows done.
	 */
	@Transactional
	public ImportReport importPackage(Map<String, byte[]> files, ImportOptions options, ImportProgress progress) {
		try {
			return read(files, options, progress);
		}
		catch (IllegalArgumentException ex) {
			// A CSV without a column the directory reads (commons-csv: "Mapping for ...
			// not
			// found"): said as the package's error, not an unexpected failure.
			return ImportReport.refused(List.of(ImportReport.Problem.error("datapackage", 0, "", "columnMissing",
					"a column the directory reads is missing: " + ex.getMessage(), missingColumn(ex))));
		}
	}

	/**
	 * The column named by commons-csv's "Mapping for <column> not found, ...", or the
	 * whole message when it says something else.
	 */
	private static String missingColumn(IllegalArgumentException ex) {
		String message = String.valueOf(ex.getMessage());
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("^Mapping for (.+?) not found")
			.matcher(message);
		return matcher.find() ? matcher.group(1) : message;
	}

	/**
	 * Warns when the tables were found by their files' names, and when the package has no
	 * name and no source was given: its services share the source {@code hsds}.
	 */
	private static void said(JsonNode descriptor, ImportOptions options, ParsedPackage parsed) {
		if (descriptor.path(PackageResources.INFERRED).asBoolean(false)) {
			List<String> read = descriptor.path("resources")
				.valueStream()
				.map((r) -> r.path("path").asString())
				.toList();
			parsed.warning("datapackage", 0, "", "descriptorInferred",
					"no datapackage.json: the tables were read from the files " + read, String.join(", ", read));
		}
		if (!descriptor.hasNonNull("name") && (options.source() == null || options.source().isBlank())) {
			parsed.warning("datapackage", 0, "name", "packageUnnamed", "the package has no name: its services keep the "
					+ "source " + ImportOptions.DEFAULT_SOURCE + ", shared by every package without a name or source",
					ImportOptions.DEFAULT_SOURCE);
		}
	}

	private ImportReport read(Map<String, byte[]> files, ImportOptions options, ImportProgress progress) {
		long started = System.nanoTime();
		String language = options.language();
		ParsedPackage parsed = new ParsedPackage();
		List<ImportReport.Problem> problems = parsed.problems;
		byte[] descriptorBytes = files.get("datapackage.json");
		JsonNode descriptor = (descriptorBytes != null) ? null : PackageResources.inferred(files, null);
		if (descriptorBytes == null && descriptor == null) {
			problems.add(ImportReport.Problem.error("datapackage", 0, "", "noDescriptor",
					"datapackage.json is missing, and no file is named as an HSDS table (services.csv, ...)"));
			return ImportReport.refused(problems);
		}
		try {
			descriptor = (descriptor != null) ? descriptor : this.json.readTree(descriptorBytes);
		}
		catch (RuntimeException ex) {
			problems.add(ImportReport.Problem.error("datapackage", 0, "", "descriptorNotJson",
					"datapackage.json is not valid JSON"));
			return ImportReport.refused(problems);
		}
		if (!descriptor.isObject() || !descriptor.path("resources").isArray()) {
			problems.add(ImportReport.Problem.error("datapackage", 0, "resources", "noResources",
					"datapackage.json lists no resources (a tabular data package names its tables)"));
			return ImportReport.refused(problems);
		}
		said(descriptor, options, parsed);
		String packageName = descriptor.hasNonNull("name") ? descriptor.get("name").asString()
				: ImportOptions.DEFAULT_SOURCE;
		// Maillage's own export (a backup, a round trip) has no source unless one is
		// given: it keeps the services' sources and closes nothing.
		String source = (options.source() != null && !options.source().isBlank()) ? options.source().strip()
				: ImportOptions.OWN_EXPORT.equals(packageName) ? null : packageName;
		String textLanguage = (descriptor.hasNonNull("language"))
				? PackageTexts.textLanguage(descriptor.get("language").asString(), language) : language;
		Map<String, List<CSVRecord>> tables = PackageTables.read(files, descriptor, parsed, progress,
				(source != null) ? source : packageName);
		long t0 = System.nanoTime();
		RowCounter counter = new RowCounter(progress, PackageTables.counted(tables));
		LOG.debug("import: read CSVs in {} ms", (t0 - started) / 1_000_000);
		PackageTexts texts = PackageTexts.of(tables.get("x_maillage_translations"), textLanguage);
		this.services.organizations(tables, parsed, texts, counter);
		ProgramRows.read(tables, parsed, counter);
		this.places.read(tables, parsed, counter);
		this.services.services(tables, parsed, texts, counter);
		Map<String, UUID> linkServices = LinkRows.read(tables, parsed, texts, counter);
		ScheduleRows.read(tables, parsed, linkServices, counter);
		this.taxonomy.read(tables, parsed, (source != null) ? source : packageName, counter);
		if (!problems.isEmpty() && !options.validRows()) {
			return ImportReport.refused(problems, parsed.warnings);
		}
		parsed.dropTainted();
		long t1 = System.nanoTime();
		LOG.debug("import: validated in {} ms", (t1 - t0) / 1_000_000);
		ExchangeStore.Written written = this.store.write(parsed.snapshot(), parsed.extras(), source,
				options.managedElsewhere(), progress);
		long t2 = System.nanoTime();
		LOG.debug("import: written in {} ms", (t2 - t1) / 1_000_000);
		int closed = (source != null) ? this.store.closeAbsent(source, parsed.inPackage) : 0;
		LOG.debug("import: closed absent in {} ms", (System.nanoTime() - t2) / 1_000_000);
		ImportReport report = new ImportReport(written.added(), written.changed(), written.unchanged(), closed, true,
				source, problems, parsed.warnings);
		this.audit.record("directory.imported", "directory", (source != null) ? source : ImportOptions.OWN_EXPORT,
				AuditLog.details("import-summary", report.added(), report.changed(), report.unchanged(),
						report.closed(), problems.size(), parsed.warnings.size()));
		return report;
	}

}
