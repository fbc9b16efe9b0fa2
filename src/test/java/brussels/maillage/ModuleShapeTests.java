package brussels.maillage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import brussels.maillage.identity.AuditLog;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape a module takes (issue 18), checked for each module already in it: controllers
 * bind, call a service and choose a view, so none is {@code @Transactional}, talks to the
 * database or writes the audit log; and each of the module's tables is written by one
 * class. A module joins {@link #modules()} once it has been brought into that shape.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class ModuleShapeTests {

	private static final DescribedPredicate<JavaClass> CONTROLLERS = DescribedPredicate.describe("controllers",
			(JavaClass type) -> type.isAnnotatedWith(Controller.class) || type.isMetaAnnotatedWith(Controller.class));

	static final String DIRECTORY_TABLES = "organization|location|service|schedule|service_(?:at_location|taxonomy"
			+ "|history|report|package_term|at_virtual_location)|taxonomy_term|search_synonym|package_taxonomy"
			+ "|package_term|virtual_location|contact|contact_phone|phone|program";

	static Stream<Arguments> modules() {
		return Stream.of(Arguments.of("brussels.maillage.helpdesk", "helpdesk_\\w+"),
				// event_publication is Spring Modulith's registry, not the module's.
				Arguments.of("brussels.maillage.events",
						"event|event_(?!publication)\\w+|community|community_\\w+|open_doors_\\w+"),
				Arguments.of("brussels.maillage.directory", DIRECTORY_TABLES),
				// The modules born in this shape (issue 18).
				Arguments.of("brussels.maillage.governance", "governance_\\w+"),
				Arguments.of("brussels.maillage.palliative", "palliative_\\w+"),
				Arguments.of("brussels.maillage.care", "care_\\w+"),
				Arguments.of("brussels.maillage.plans", "plans_\\w+"),
				Arguments.of("brussels.maillage.indicators", "indicator_\\w+"),
				// Split by sub-feature in session 21 (issue 18); its users, roles, teams
				// and
				// memberships are written through Spring Data (accounts.UserRepository).
				Arguments.of("brussels.maillage.identity",
						"app_user|user_role|team|team_member|access_token|login_attempt|password_reset|second_factor"
								+ "|recovery_code|audit_entry"));
	}

	/** The rule for the controllers of {@code classes}. */
	static ArchRule controllersOnlyBindCallAndChooseAView() {
		return CompositeArchRule
			.of(noClasses().that(CONTROLLERS)
				.should()
				.beAnnotatedWith(Transactional.class)
				.orShould()
				.dependOnClassesThat()
				.belongToAnyOf(JdbcClient.class, JdbcTemplate.class, NamedParameterJdbcTemplate.class, AuditLog.class))
			.and(noMethods().that().areDeclaredInClassesThat(CONTROLLERS).should().beAnnotatedWith(Transactional.class))
			.as("controllers hold no transaction, no database access and no audit call");
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("modules")
	void controllersHoldNoTransactionNorDatabaseNorAudit(String module, String tables) {
		controllersOnlyBindCallAndChooseAView().check(ProductionCode.classesOf(module));
	}

	@Test
	void theControllerRuleFindsAControllerThatDoesTheWorkOfAService() {
		JavaClasses fixture = new ClassFileImporter().importPackages("fixtures.shape");
		assertThat(controllersOnlyBindCallAndChooseAView().evaluate(fixture).getFailureReport().getDetails())
			.anyMatch((line) -> line.contains("TransactionalController") && line.contains("Transactional"))
			.anyMatch((line) -> line.contains("TransactionalController") && line.contains("JdbcClient"))
			.anyMatch((line) -> line.contains("TransactionalController") && line.contains("AuditLog"))
			.noneMatch((line) -> line.contains("ThinController"));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("modules")
	void eachTableOfTheModuleIsWrittenByOneClass(String module, String tables) throws IOException {
		Map<String, Set<String>> writers = writers(Path.of("src", "main", "java"), tables);
		assertThat(writers).as("tables %s written from Java", tables).isNotEmpty();
		assertThat(writers).allSatisfy((table, classes) -> assertThat(classes).as("classes writing %s", table)
			.hasSize(1)
			.allMatch((name) -> name.startsWith(module + ".")));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("modules")
	void noFileOfTheModuleIsOver300Lines(String module, String tables) throws IOException {
		Path folder = Path.of("src", "main", "java").resolve(module.replace('.', '/'));
		Map<String, Long> lines = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				try (Stream<String> text = Files.lines(file)) {
					lines.put(folder.relativize(file).toString(), text.count());
				}
			}
		}
		assertThat(lines).as("files of %s", module)
			.isNotEmpty()
			.allSatisfy((file, count) -> assertThat(count).as(file).isLessThanOrEqualTo(300));
	}

	@Test
	void noMainFileOfAnyModuleIsOver300Lines() throws IOException {
		Path folder = Path.of("src", "main", "java");
		Map<String, Long> larger = new TreeMap<>();
		try (Stream<Path> files = Files.walk(folder)) {
			for (Path file : files.filter((path) -> path.toString().endsWith(".java")).toList()) {
				try (Stream<String> text = Files.lines(file)) {
					long count = text.count();
					if (count > 300) {
						larger.put(folder.relativize(file).toString(), count);
					}
				}
			}
		}
		assertThat(larger).as("main files over 300 lines").isEmpty();
	}

	@Test
	void theDirectoryRootHoldsOnlyItsApi() {
		JavaClasses classes = ProductionCode.classesOf("brussels.maillage.directory");
		noClasses().that()
			.resideInAPackage("brussels.maillage.directory")
			.should()
			.beAnnotatedWith(Controller.class)
			.orShould()
			.beMetaAnnotatedWith(Controller.class)
			.orShould()
			.beAnnotatedWith(Repository.class)
			.because("the directory's pages and tables live in its sub-feature packages")
			.check(classes);
		assertThat(Path.of("src", "main", "java", "brussels", "maillage", "directory"))
			.isDirectoryContaining("glob:**/search")
			.isDirectoryContaining("glob:**/services")
			.isDirectoryContaining("glob:**/organizations")
			.isDirectoryContaining("glob:**/review")
			.isDirectoryContaining("glob:**/taxonomy")
			.isDirectoryContaining("glob:**/exchange");
	}

	@Test
	void theDirectoryTablesAreTheModulesOwn() {
		assertThat(tablesWritten("""
				jdbc.sql("insert into service (id) values (?)");
				jdbc.sql("update service_report set status = 'accepted'");
				jdbc.sql("delete from service_at_location where service_id = ?");
				jdbc.sql("insert into location (id) values (?)");
				jdbc.sql("update servicea set x = 1");
				jdbc.sql("insert into event_location (id) values (?)");
				""", DIRECTORY_TABLES)).containsExactlyInAnyOrder("service", "service_report", "service_at_location",
				"location");
	}

	@Test
	void findsTheTablesAStatementWrites() {
		String java = """
				jdbc.sql("insert into helpdesk_a (x) values (?) on conflict (x) do update set x = excluded.x");
				jdbc.sql("update helpdesk_b s set y = 1 from helpdesk_c w where w.id = s.id");
				jdbc.sql("delete from helpdesk_d where id = ?").update();
				jdbc.sql("select id from helpdesk_e where id = ? for update").query();
				jdbc.sql("truncate helpdesk_f, helpdesk_g, other_h");
				jdbc.sql("insert into helpdesk_i as a (" + KEY + ") select 1");
				""";
		assertThat(tablesWritten(java, "helpdesk_\\w+")).containsExactlyInAnyOrder("helpdesk_a", "helpdesk_b",
				"helpdesk_d", "helpdesk_f", "helpdesk_g", "helpdesk_i");
	}

	@Test
	void theEventsTablesLeaveOutTheModulithRegistry() {
		String java = """
				jdbc.sql("insert into event (id) values (?)");
				jdbc.sql("update event_registration set status = 'CANCELLED'");
				jdbc.sql("delete from event_publication where completion_date is not null");
				jdbc.sql("insert into community_attendance (meeting_id) values (?)");
				jdbc.sql("delete from open_doors_booking where id = ?");
				jdbc.sql("insert into eventually (x) values (1)");
				""";
		String events = (String) modules().skip(1).findFirst().orElseThrow().get()[1];
		assertThat(tablesWritten(java, events)).containsExactlyInAnyOrder("event", "event_registration",
				"community_attendance", "open_doors_booking");
	}

	private static final List<Pattern> WRITES = List.of(Pattern.compile("(?i)\\binsert\\s+into\\s+(\\w+)"),
			Pattern.compile("(?i)\\bupdate\\s+(\\w+)(?:\\s+(?:as\\s+)?\\w+)?\\s+set\\b"),
			Pattern.compile("(?i)\\bdelete\\s+from\\s+(\\w+)"), Pattern.compile("(?i)\\bmerge\\s+into\\s+(\\w+)"),
			Pattern.compile("(?i)\\bcopy\\s+(\\w+)\\s*(?:\\(|from\\b)"),
			Pattern.compile("(?i)\\btruncate\\s+(?:table\\s+)?(\\w+(?:\\s*,\\s*\\w+)*)"));

	/**
	 * The tables named as {@code tables} (a pattern) that SQL in {@code source} writes.
	 */
	static Set<String> tablesWritten(String source, String tables) {
		return named(tablesWritten(source), Pattern.compile(tables));
	}

	/** Every name SQL in {@code source} writes to, in lower case. */
	private static Set<String> tablesWritten(String source) {
		Set<String> written = new TreeSet<>();
		for (Pattern write : WRITES) {
			Matcher matcher = write.matcher(source);
			while (matcher.find()) {
				for (String table : matcher.group(1).split("\\s*,\\s*")) {
					written.add(table.toLowerCase(java.util.Locale.ROOT));
				}
			}
		}
		return written;
	}

	private static Set<String> named(Set<String> written, Pattern named) {
		Set<String> tables = new TreeSet<>();
		for (String name : written) {
			if (named.matcher(name).matches()) {
				tables.add(name);
			}
		}
		return tables;
	}

	/**
	 * Per table named as {@code tables} (a pattern), the classes under {@code sources}
	 * that write it.
	 */
	static Map<String, Set<String>> writers(Path sources, String tables) {
		Pattern named = Pattern.compile(tables);
		Map<String, Set<String>> writers = new TreeMap<>();
		// The sources are read and their statements found once per test JVM, not once
		// per module (ProductionCode).
		ProductionCode.perSourceFile(sources, "tables written", ModuleShapeTests::tablesWritten)
			.forEach((name, written) -> {
				for (String table : named(written, named)) {
					writers.computeIfAbsent(table, (key) -> new TreeSet<>()).add(name);
				}
			});
		return writers;
	}

}
