package brussels.maillage.system;

import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.ConfigurationProperties;
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

	static final String DATABASE = "maillage";

	@Bean
	EmbeddedPostgres embeddedPostgres(Environment environment) {
		Path dataDir = Path.of(environment.getProperty("maillage.data-dir", "./data"));
		boolean ephemeral = environment.getProperty("maillage.database.ephemeral", Boolean.class, false);
		if (ephemeral) {
			dataDir = dataDir.resolve("run-" + ProcessHandle.current().pid());
		}
		EmbeddedPostgres postgres = EmbeddedPostgres.start(dataDir, ephemeral);
		postgres.createDatabaseIfMissing(DATABASE);
		return postgres;
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

	static class NoDataSourceUrl implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
		}

	}

}
