package be.brussels.mediation.database;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;

/**
 * Starts a real PostgreSQL from the classpath when no datasource is configured, so that
 * {@code ./mvnw spring-boot:run} works on a machine with neither a database nor Docker.
 * Setting {@code SPRING_DATASOURCE_URL} (production, Docker Compose) or providing other
 * connection details (Testcontainers) turns it off.
 */
// Runs after Testcontainers' @ServiceConnection beans are registered, so that tests with
// Docker use theirs.
@AutoConfiguration(before = DataSourceAutoConfiguration.class,
		afterName = "org.springframework.boot.testcontainers.service.connection.ServiceConnectionAutoConfiguration")
@ConditionalOnClass(EmbeddedPostgres.class)
@ConditionalOnMissingBean(JdbcConnectionDetails.class)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedPostgresAutoConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedPostgresAutoConfiguration.class);

	private static final String USER = "postgres";

	@Bean(destroyMethod = "close")
	EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
		EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
		if (properties.directory() != null) {
			builder.setDataDirectory(properties.directory().toAbsolutePath()).setCleanDataDirectory(false);
		}
		EmbeddedPostgres postgres = builder.start();
		logger.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
				(properties.directory() != null) ? properties.directory().toAbsolutePath() : "a temporary directory");
		return postgres;
	}

	@Bean
	JdbcConnectionDetails embeddedPostgresConnectionDetails(EmbeddedPostgres postgres) {
		String url = postgres.getJdbcUrl(USER, "postgres");
		return new JdbcConnectionDetails() {

			@Override
			public String getUsername() {
				return USER;
			}

			@Override
			public String getPassword() {
				return null;
			}

			@Override
			public String getJdbcUrl() {
				return url;
			}

		};
	}

}
