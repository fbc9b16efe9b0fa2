package brussels.maillage;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rules that keep the suite quick without making it flaky (docs/testing.md, "Why the
 * suite runs in one JVM"): a test that starts the whole application does so on a random
 * port, so that it shares the one default context instead of starting the application a
 * second time (a module test starts only its modules, in a context of its own by design);
 * a class that runs beside the others has a database of its own, its application started
 * outside Spring's test-context cache ({@link OwnApplication}), or starts no application
 * at all (the classes that read the code, and {@code EmbeddedPostgresTests}, whose
 * servers are its own).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = Resources.SYSTEM_OUT, mode = ResourceAccessMode.READ)
class TestContextsTests {

	@Test
	void wholeApplicationTestsStartOnARandomPortToShareOneContext() throws Exception {
		List<String> mock = new ArrayList<>();
		for (Class<?> test : testClasses()) {
			SpringBootTest boot = AnnotatedElementUtils.findMergedAnnotation(test, SpringBootTest.class);
			if (boot != null && boot.webEnvironment() != SpringBootTest.WebEnvironment.RANDOM_PORT && !isBenchmark(test)
					&& !AnnotatedElementUtils.hasAnnotation(test, ApplicationModuleTest.class)) {
				mock.add(test.getName() + " (" + boot.webEnvironment() + ")");
			}
		}
		assertThat(mock).as("@SpringBootTest classes that would start a context of their own").isEmpty();
	}

	@Test
	void onlyClassesWithADatabaseOfTheirOwnRunBesideTheOthers() throws Exception {
		List<String> concurrent = new ArrayList<>();
		List<String> shared = new ArrayList<>();
		List<String> throughSpringsCache = new ArrayList<>();
		for (Class<?> test : testClasses()) {
			Execution execution = AnnotatedElementUtils.findMergedAnnotation(test, Execution.class);
			if (execution == null || execution.value() != ExecutionMode.CONCURRENT) {
				continue;
			}
			concurrent.add(test.getSimpleName());
			SpringBootTest boot = AnnotatedElementUtils.findMergedAnnotation(test, SpringBootTest.class);
			OwnApplication own = AnnotatedElementUtils.findMergedAnnotation(test, OwnApplication.class);
			boolean ownDatabase = (boot != null && hasADataFolderOfItsOwn(boot.properties()))
					|| (own != null && hasADataFolderOfItsOwn(own.properties()));
			// or no application context, browser nor mail server at all: it reads the
			// code
			// only, or starts servers of its own (EmbeddedPostgresTests)
			boolean readsTheCodeOnly = boot == null && !AnnotatedElementUtils.hasAnnotation(test, ExtendWith.class);
			if (!ownDatabase && !readsTheCodeOnly) {
				shared.add(test.getName());
			}
			// Spring's test-context cache starts one context at a time, and every test
			// method of the other classes waits meanwhile.
			if (boot != null) {
				throughSpringsCache.add(test.getName());
			}
		}
		assertThat(concurrent).as("classes that run beside the others")
			.contains("ProductionSettingsTests", "ModularityTests");
		assertThat(shared).as("concurrent classes without a database of their own").isEmpty();
		assertThat(throughSpringsCache)
			.as("concurrent classes that start their application in Spring's test-context cache (@SpringBootTest) "
					+ "rather than beside the others' (@OwnApplication)")
			.isEmpty();
	}

	private static boolean hasADataFolderOfItsOwn(String[] properties) {
		return Arrays.stream(properties)
			.anyMatch((property) -> property.startsWith("maillage.data-dir=") && !property.endsWith("/maillage-test"));
	}

	private static boolean isBenchmark(Class<?> test) {
		Tag tag = AnnotatedElementUtils.findMergedAnnotation(test, Tag.class);
		return tag != null && tag.value().equals("benchmark");
	}

	/** The top-level classes of the tests, read from the test output folder. */
	private static List<Class<?>> testClasses() throws IOException, ClassNotFoundException {
		List<Class<?>> classes = new ArrayList<>();
		var resolver = new PathMatchingResourcePatternResolver();
		for (var resource : resolver.getResources("classpath*:brussels/maillage/**/*.class")) {
			String url = resource.getURL().toString();
			if (!url.contains("/test-classes/") || url.contains("$")) {
				continue;
			}
			String name = url.substring(url.indexOf("brussels/maillage/")).replace(".class", "").replace('/', '.');
			classes.add(Class.forName(name, false, TestContextsTests.class.getClassLoader()));
		}
		assertThat(classes).as("test classes found").hasSizeGreaterThan(100);
		return classes;
	}

}
