package be.brussels.mediation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Docker Compose runs the same PostgreSQL as the tests, and the application against it
 * rather than the embedded database.
 */
class DockerComposeTests {

	@Test
	void runsTheSamePostgresImageAsTheTestsAndConfiguresTheDatasource() throws IOException {
		String compose = Files.readString(Path.of("docker-compose.yml"));

		assertThat(compose).contains("image: " + TestDatabaseConfiguration.POSTGRES_IMAGE)
			.contains("SPRING_DATASOURCE_URL: jdbc:postgresql://postgres:5432/")
			.contains("condition: service_healthy");
	}

}
