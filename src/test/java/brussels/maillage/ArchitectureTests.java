package brussels.maillage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The architecture rules of issue 18 across the whole application, not module by module:
 * no controller holds a transaction, talks to the database or writes the audit log
 * (packages listed in {@link #RESTRUCTURING} are left out while their restructure is
 * under way; none is now); and each table is written by one class, the classes that share
 * a table today being listed in {@link #SHARED_WRITERS} so that a new second writer fails
 * the test; and the time is read from the injected {@code Clock}, the classes listed in
 * {@link #SYSTEM_TIME_READERS} aside.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class ArchitectureTests {

	/** Packages being restructured now, out of the controller rule until that lands. */
	static final Set<String> RESTRUCTURING = Set.of();

	/**
	 * The controllers outside {@link #RESTRUCTURING} that still do a service's work
	 * today, each leaving this list when it is brought into shape; none joins it. None is
	 * left.
	 */
	static final Set<String> CONTROLLERS_NOT_YET_IN_SHAPE = Set.of();

	/**
	 * The tables written by more than one class today, with exactly those classes. A
	 * table leaves this list when it gets one writer; none joins it. None is left.
	 */
	static final Map<String, Set<String>> SHARED_WRITERS = Map.of();

	/**
	 * Writers that write any table by name, not one table (a restore copies every table
	 * in).
	 */
	static final Set<String> GENERIC_WRITERS = Set.of("system.backup.DatabaseRestore");

	/**
	 * The main classes that still read the system's time rather than the injected
	 * {@code Clock}, each for a stated reason; none joins this list.
	 */
	static final Set<String> SYSTEM_TIME_READERS = Set.of(
			// Before the application context exists: who holds the data folder since
			// when.
			"system.database.DataFolderLock",
			// A backup's file name and manifest, not a rule.
			"system.backup.BackupController", "system.backup.DatabaseBackup",
			// The health endpoint's age of the oldest pending mail, built without beans.
			"system.mail.HealthConfiguration");

	private static final Path SOURCES = Path.of("src", "main", "java");

	@Test
	void theTimeIsReadFromTheClockButInTheListedClasses() {
		JavaClasses classes = ProductionCode.classes();
		ArchRule rule = noClasses().should()
			.callMethod(Instant.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now")
			.orShould()
			.callMethod(LocalDate.class, "now", ZoneId.class)
			.orShould()
			.callMethod(LocalDateTime.class, "now")
			.orShould()
			.callMethod(LocalDateTime.class, "now", ZoneId.class)
			.orShould()
			.callMethod(LocalTime.class, "now")
			.orShould()
			.callMethod(LocalTime.class, "now", ZoneId.class)
			.orShould()
			.callMethod(OffsetDateTime.class, "now")
			.orShould()
			.callMethod(OffsetDateTime.class, "now", ZoneId.class)
			.orShould()
			.callMethod(ZonedDateTime.class, "now")
			.orShould()
			.callMethod(ZonedDateTime.class, "now", ZoneId.class)
			.orShould()
			.callMethod(YearMonth.class, "now")
			.orShould()
			.callMethod(YearMonth.class, "now", ZoneId.class)
			.orShould()
			.callMethod(System.class, "currentTimeMillis");
		List<String> details = rule.evaluate(classes).getFailureReport().getDetails();
		Set<String> readers = new TreeSet<>();
		for (String detail : details) {
			Matcher matcher = CLASS_NAME.matcher(detail);
			if (matcher.find()) {
				readers.add(matcher.group(1).replaceAll("\\$.*", ""));
			}
		}
		assertThat(readers)
			.as("classes reading the system's time rather than the Clock:%n%s",
					String.join(System.lineSeparator(), details))
			.isEqualTo(new TreeSet<>(SYSTEM_TIME_READERS));
	}

	@Test
	void controllersHoldNoTransactionNorDatabaseNorAuditOutsideThePackagesBeingRestructured() {
		JavaClasses classes = ProductionCode.classes()
			.that(DescribedPredicate.describe("outside the packages being restructured",
					(JavaClass type) -> RESTRUCTURING.stream()
						.noneMatch((skipped) -> type.getPackageName().equals(skipped)
								|| type.getPackageName().startsWith(skipped + "."))));
		assertThat(classes.stream().map((type) -> type.getPackageName())).as("classes imported")
			.anyMatch((name) -> name.startsWith("brussels.maillage.helpdesk"))
			.noneMatch((name) -> RESTRUCTURING.stream().anyMatch(name::startsWith));
		List<String> details = ModuleShapeTests.controllersOnlyBindCallAndChooseAView()
			.evaluate(classes)
			.getFailureReport()
			.getDetails();
		Set<String> offenders = new TreeSet<>();
		for (String detail : details) {
			Matcher matcher = CLASS_NAME.matcher(detail);
			if (matcher.find()) {
				offenders.add(matcher.group(1));
			}
		}
		assertThat(offenders)
			.as("controllers holding a transaction, the database or the audit log:%n%s",
					String.join(System.lineSeparator(), details))
			.isEqualTo(new TreeSet<>(CONTROLLERS_NOT_YET_IN_SHAPE));
	}

	private static final Pattern CLASS_NAME = Pattern.compile("brussels\\.maillage\\.((?:[a-z]\\w*\\.)*[A-Z]\\w*)");

	@Test
	void eachTableIsWrittenByOneClassButTheListedOnes() throws IOException {
		Map<String, Set<String>> writers = writers(SOURCES, tablesPattern(tables()));
		assertThat(writers).as("tables written from Java").hasSizeGreaterThan(50);
		Map<String, Set<String>> shared = writers.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().size() > 1)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, TreeMap::new));
		assertThat(shared).as("tables written by more than one class").isEqualTo(new TreeMap<>(SHARED_WRITERS));
	}

	@Test
	void findsTheTablesAStatementWritesAmongTheKnownTables() {
		String java = """
				jdbc.sql("insert into alpha (x) values (?)");
				jdbc.sql("update beta b set y = 1 where b.id = ?");
				// insert into the cache is no table
				jdbc.sql("delete from gamma where id = ?");
				copy.copyIn("copy delta (a, b) from stdin", in);
				jdbc.sql("select * from epsilon for update");
				""";
		assertThat(ModuleShapeTests.tablesWritten(java,
				tablesPattern(Set.of("alpha", "beta", "gamma", "delta", "epsilon"))))
			.containsExactlyInAnyOrder("alpha", "beta", "gamma", "delta");
	}

	@Test
	void readsTheTablesTheMigrationsCreate() throws IOException {
		assertThat(tables()).contains("helpdesk_request", "event", "event_registration", "service", "organization")
			.doesNotContain("if", "not");
	}

	private static final Pattern CREATED = Pattern
		.compile("(?i)\\bcreate\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)|\\brename\\s+to\\s+(\\w+)");

	/** The tables the Flyway migrations create (or rename to). */
	static Set<String> tables() throws IOException {
		Set<String> tables = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src", "main", "resources", "db", "migration"))) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".sql")).toList()) {
				Matcher matcher = CREATED.matcher(Files.readString(file));
				while (matcher.find()) {
					String name = (matcher.group(1) != null) ? matcher.group(1) : matcher.group(2);
					tables.add(name.toLowerCase(Locale.ROOT));
				}
			}
		}
		return tables;
	}

	static String tablesPattern(Set<String> tables) {
		return tables.stream().map(Pattern::quote).collect(Collectors.joining("|"));
	}

	/**
	 * Per table, the classes (named from {@code brussels.maillage}) that write it,
	 * leaving out the {@link #GENERIC_WRITERS}.
	 */
	static Map<String, Set<String>> writers(Path sources, String tables) throws IOException {
		Map<String, Set<String>> writers = new TreeMap<>();
		ModuleShapeTests.writers(sources, tables).forEach((table, classes) -> {
			Set<String> named = classes.stream()
				.map((name) -> name.substring("brussels.maillage.".length()))
				.filter((name) -> !GENERIC_WRITERS.contains(name))
				.collect(Collectors.toCollection(TreeSet::new));
			if (!named.isEmpty()) {
				writers.put(table, named);
			}
		});
		return writers;
	}

}
