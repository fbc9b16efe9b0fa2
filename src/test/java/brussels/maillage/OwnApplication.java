package brussels.maillage;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.system.database.TestPostgresBinaries;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;
import org.junit.platform.commons.support.AnnotationSupport;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.logging.LoggingApplicationListener;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.GenericApplicationListener;
import org.springframework.core.ResolvableType;
import org.springframework.test.context.cache.ContextCache;
import org.springframework.test.context.cache.DefaultCacheAwareContextLoaderDelegate;

/**
 * The whole application started for one test class, as a person starts it
 * ({@code SpringApplication}, the test profile and a random port), outside Spring's
 * test-context cache, and closed after the class: for a class that runs beside the others
 * with a database of its own (docs/testing.md, "Why the suite runs in one JVM"). A start
 * costs about 40 s of CPU (PostgreSQL, migrations, demo data): a class that can read the
 * shared demo uses the default context instead. Its {@code @Autowired} fields and
 * {@code @LocalServerPort} are filled from that application, as in a
 * {@code @SpringBootTest} class:
 *
 * <pre class="code">
 * &#64;OwnApplication(properties = { "maillage.data-dir=${java.io.tmpdir}/maillage-production-settings",
 * 		"maillage.demo-data=false" })
 * &#64;Execution(ExecutionMode.CONCURRENT)
 * class ProductionSettingsTests {
 *
 * 	&#64;LocalServerPort
 * 	int port;
 * </pre>
 *
 * Spring's cache holds one lock while it starts a context and for every test method's
 * look-up of its context: a context of its own started through it made every other test
 * wait (14.5 s at the start of a run in session 18). Started here, it holds that lock
 * only for moments (below), and the other classes' tests go on while it starts.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ExtendWith(OwnApplication.Extension.class)
public @interface OwnApplication {

	/**
	 * Properties in the {@code key=value} form, as in {@code @SpringBootTest}; they take
	 * precedence over the application's and the test profile's. One of them names the
	 * class's own {@code maillage.data-dir}.
	 */
	String[] properties();

	/**
	 * Whether the application is kept until the run ends, for every class that names the
	 * same properties (one after another: {@link SecondLane}), instead of being closed
	 * after the class.
	 */
	boolean keptForTheRun() default false;

	/** Starts the application before the class's tests and closes it after them. */
	final class Extension implements BeforeAllCallback, TestInstancePostProcessor, AfterAllCallback {

		private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace
			.create(OwnApplication.class);

		@Override
		public void beforeAll(ExtensionContext context) {
			OwnApplication own = AnnotationSupport.findAnnotation(context.getRequiredTestClass(), OwnApplication.class)
				.orElseThrow();
			if (own.keptForTheRun()) {
				Kept kept = context.getRoot()
					.getStore(NAMESPACE)
					.computeIfAbsent(List.of(own.properties()), (key) -> new Kept(start(own)), Kept.class);
				context.getStore(NAMESPACE).put(Running.class, new Running(kept.application(), false));
			}
			else {
				context.getStore(NAMESPACE).put(Running.class, new Running(start(own), true));
			}
		}

		private static ConfigurableApplicationContext start(OwnApplication own) {
			unpackPostgresOnce();
			List<String> arguments = new ArrayList<>();
			arguments.add("--server.port=0");
			for (String property : own.properties()) {
				arguments.add("--" + property);
			}
			SpringApplication maillage = new SpringApplication(MaillageApplication.class);
			maillage.setListeners(maillage.getListeners()
				.stream()
				.map((listener) -> (listener instanceof LoggingApplicationListener logging) ? new OneAtATime(logging)
						: listener)
				.toList());
			return maillage.run(arguments.toArray(String[]::new));
		}

		@Override
		public void postProcessTestInstance(Object test, ExtensionContext context) {
			context.getStore(NAMESPACE)
				.get(Running.class, Running.class)
				.application()
				.getAutowireCapableBeanFactory()
				.autowireBean(test);
		}

		@Override
		public void afterAll(ExtensionContext context) {
			Running running = context.getStore(NAMESPACE).remove(Running.class, Running.class);
			if (running != null && running.closedAfterTheClass()) {
				running.application().close();
			}
		}

		/** The class's application, and whether it is closed after the class. */
		private record Running(ConfigurableApplicationContext application, boolean closedAfterTheClass) {
		}

		/** An application kept for the run: JUnit closes it with the root store. */
		private record Kept(ConfigurableApplicationContext application) implements AutoCloseable {

			@Override
			public void close() {
				this.application.close();
			}

		}

		private static volatile boolean unpacked;

		/**
		 * The embedded PostgreSQL's binaries are unpacked under a file lock, which two
		 * threads of one JVM cannot wait for together (the second fails at once): on a
		 * machine where they are not unpacked yet, this application must not unpack them
		 * while a Spring test context does. So they are unpacked once under the lock that
		 * Spring holds while it starts a context (at once when they are already there).
		 */
		private static void unpackPostgresOnce() {
			if (unpacked) {
				return;
			}
			synchronized (SpringContexts.cache()) {
				TestPostgresBinaries.unpack();
			}
			unpacked = true;
		}

	}

	/**
	 * Spring Boot's set-up of the logging system, which is the JVM's: two applications
	 * setting it up at once leave every line printed twice. So this application sets it
	 * up under the lock that Spring holds while it starts a test context, which sets it
	 * up as well (it waits then for a context being started).
	 */
	record OneAtATime(LoggingApplicationListener logging) implements GenericApplicationListener {

		@Override
		public void onApplicationEvent(ApplicationEvent event) {
			synchronized (SpringContexts.cache()) {
				this.logging.onApplicationEvent(event);
			}
		}

		@Override
		public boolean supportsEventType(ResolvableType eventType) {
			return this.logging.supportsEventType(eventType);
		}

		@Override
		public boolean supportsSourceType(Class<?> sourceType) {
			return this.logging.supportsSourceType(sourceType);
		}

		@Override
		public int getOrder() {
			return this.logging.getOrder();
		}

	}

	/** The test-context cache whose lock Spring holds while it starts a context. */
	final class SpringContexts extends DefaultCacheAwareContextLoaderDelegate {

		static ContextCache cache() {
			return new SpringContexts().getContextCache();
		}

	}

}
