package brussels.maillage.system.database;

import java.nio.file.Path;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Starts the embedded PostgreSQL and points the application's data source at it, unless
 * {@code SPRING_DATASOURCE_URL} names a PostgreSQL server (production), in which case
 * Spring Boot's own data source is used and nothing is started.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceUrl.class)
class EmbeddedDatabaseConfiguration {

	static final String DATABASE = EmbeddedPostgres.APPLICATION_DATABASE;

	/**
	 * Starts PostgreSQL as soon as the bean definitions are read, in parallel with the
	 * rest of the start-up.
	 */
	@Bean
	static EarlyStart embeddedPostgresEarlyStart(Environment environment) {
		return new EarlyStart(environment);
	}

	@Bean(destroyMethod = "release")
	EmbeddedPostgres embeddedPostgres(EarlyStart start) {
		return start.await();
	}

	/**
	 * The web port joins the data folder's lock file, so that a refused second start
	 * names the address of the one running.
	 */
	@Bean
	ApplicationListener<WebServerInitializedEvent> webPortInDataFolderLock(EmbeddedPostgres postgres) {
		return new ApplicationListener<>() {

			@Override
			public void onApplicationEvent(WebServerInitializedEvent event) {
				postgres.lock()
					.ifPresent((lock) -> lock.record("web.port", String.valueOf(event.getWebServer().getPort())));
			}

		};
	}

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource dataSource(EmbeddedPostgres postgres) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(postgres.jdbcUrl(DATABASE));
		dataSource.setUsername(postgres.username());
		dataSource.setPassword(postgres.password());
		dataSource.setPoolName("maillage-embedded");
		return dataSource;
	}

	static final class EarlyStart implements BeanFactoryPostProcessor {

		private final Environment environment;

		private CompletableFuture<EmbeddedPostgres> server;

		EarlyStart(Environment environment) {
			this.environment = environment;
		}

		@Override
		public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
			// A folder in use refuses the start at once, not after the rest has started.
			DataFolderLock.acquire(dataDir());
			this.server = CompletableFuture.supplyAsync(this::start);
		}

		private Path dataDir() {
			Path dataDir = Path.of(this.environment.getProperty("maillage.data-dir", "./data"));
			return ephemeral() ? dataDir.resolve("run-" + ProcessHandle.current().pid()) : dataDir;
		}

		private boolean ephemeral() {
			return this.environment.getProperty("maillage.database.ephemeral", Boolean.class, false);
		}

		private EmbeddedPostgres start() {
			EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir(), ephemeral());
			postgres.createDatabaseIfMissing(DATABASE);
			return postgres;
		}

		EmbeddedPostgres await() {
			try {
				return (this.server != null) ? this.server.join() : start();
			}
			catch (CompletionException ex) {
				throw (ex.getCause() instanceof RuntimeException cause) ? cause : ex;
			}
		}

	}

	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
