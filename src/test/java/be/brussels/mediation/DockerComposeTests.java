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

	@Test
	void theApplicationBelievesForwardedAddressesFromTheLoadBalancerOnly() throws IOException {
		String compose = Files.readString(Path.of("docker-compose.yml"));
		String nginx = Files.readString(Path.of("src/main/docker/nginx.conf"));

		assertThat(compose).contains("MEDIATION_TRUSTED_PROXIES: 172.28.0.10", "ipv4_address: 172.28.0.10",
				"image: nginx:");
		String app = compose.substring(compose.indexOf("\n  app:"), compose.indexOf("\n  load-balancer:"));
		assertThat(app).as("the application is reached through the load balancer only").doesNotContain("ports:");
		assertThat(nginx).contains("proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;",
				"proxy_set_header X-Forwarded-Proto $scheme;", "proxy_set_header Host $http_host;");
	}

}
