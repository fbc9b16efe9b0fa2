package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

import brussels.maillage.directory.exchange.importing.HsdsImport;
import brussels.maillage.directory.exchange.importing.ImportOptions;
import brussels.maillage.directory.exchange.importing.ImportReport;
import brussels.maillage.directory.exchange.reading.PackageReader;
import brussels.maillage.system.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The command line import: started with {@code --maillage.import=package.zip} (or a
 * folder holding {@code datapackage.json} and the CSVs), the application imports the
 * package, prints the report and exits (0 when it was written, 1 when nothing was
 * written, 2 when the package cannot be read). Options:
 * {@code --maillage.import.language=fr|nl|en},
 * {@code --maillage.import.mode=all-or-nothing|valid-rows},
 * {@code --maillage.import.source=...}, {@code --maillage.import.managed-elsewhere=true}.
 */
@Component
class ImportCommand implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ImportCommand.class);

	private final HsdsImport hsds;

	private final Environment environment;

	private final ConfigurableApplicationContext context;

	private final PackageReader reader;

	ImportCommand(HsdsImport hsds, PackageReader reader, Environment environment,
			ConfigurableApplicationContext context) {
		this.hsds = hsds;
		this.reader = reader;
		this.environment = environment;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		String path = this.environment.getProperty("maillage.import");
		if (path == null || path.isBlank()) {
			return;
		}
		int code = execute(Path.of(path.strip()), this.environment.getProperty("maillage.import.language", "fr"),
				this.environment.getProperty("maillage.import.mode", "all-or-nothing"),
				this.environment.getProperty("maillage.import.source"),
				this.environment.getProperty("maillage.import.managed-elsewhere", Boolean.class, false), System.out);
		log.info("Command line import finished with exit code {}", code);
		System.exit(SpringApplication.exit(this.context, () -> code));
	}

	/** Imports the package at this path, prints the report; the exit code. */
	int execute(Path path, String language, String mode, String source, boolean managedElsewhere, PrintStream out) {
		Boolean validRows = ImportOptions.validRows(mode);
		if (validRows == null || !LocalizedText.LANGUAGES.contains(language)) {
			out.println(
					"maillage.import.mode is all-or-nothing or valid-rows; maillage.import.language is fr, nl or en");
			return 2;
		}
		Map<String, byte[]> files;
		try {
			files = read(path);
		}
		catch (IOException | RuntimeException ex) {
			out.println("Cannot read the package " + path.getFileName() + ": " + ex.getMessage());
			return 2;
		}
		ImportReport report = this.hsds.importPackage(files,
				new ImportOptions(language, validRows, source, managedElsewhere));
		if (report.written()) {
			out.printf("Imported (source %s): %d added, %d changed, %d unchanged, %d closed%n",
					(report.source() != null) ? report.source() : "none, Maillage's own export", report.added(),
					report.changed(), report.unchanged(), report.closed());
		}
		else {
			out.println("Nothing was imported: fix these errors (or use --maillage.import.mode=valid-rows)");
		}
		if (!report.errors().isEmpty() || !report.warnings().isEmpty()) {
			out.print(report.errorsCsv());
		}
		return report.written() ? 0 : 1;
	}

	private Map<String, byte[]> read(Path path) throws IOException {
		return this.reader.read(path);
	}

}
