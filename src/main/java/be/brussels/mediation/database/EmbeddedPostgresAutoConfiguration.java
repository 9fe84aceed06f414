package be.brussels.mediation.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

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
 * connection details (Testcontainers) turns it off. The packaged jar leaves the embedded
 * PostgreSQL out, and then requires a database ({@link ProductionSettings}).
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
			Path directory = properties.directory().toAbsolutePath();
			stopOrphanedServer(directory);
			builder.setDataDirectory(directory).setCleanDataDirectory(false);
		}
		EmbeddedPostgres postgres = builder.start();
		logger.info("Embedded PostgreSQL started on port {} with data in {}", postgres.getPort(),
				(properties.directory() != null) ? properties.directory().toAbsolutePath() : "a temporary directory");
		return postgres;
	}

	/**
	 * A run that was killed without shutting down leaves its PostgreSQL running on the
	 * data directory, which would refuse to start a second time: stop it first.
	 */
	private static void stopOrphanedServer(Path directory) throws IOException {
		Path pidFile = directory.resolve("postmaster.pid");
		if (!Files.exists(pidFile)) {
			return;
		}
		long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
		Optional<ProcessHandle> server = ProcessHandle.of(pid)
			.filter((
					process) -> process.info().command().filter((command) -> command.endsWith("postgres")).isPresent());
		if (server.isPresent()) {
			logger.warn("Stopping the PostgreSQL server (pid {}) left running on {} by an earlier run", pid, directory);
			server.get().destroy();
			try {
				server.get().onExit().get(30, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			catch (ExecutionException | TimeoutException ex) {
				throw new IOException("PostgreSQL server " + pid + " on " + directory + " did not stop", ex);
			}
		}
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
