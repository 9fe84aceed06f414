package be.brussels.mediation;

import java.io.IOException;
import java.net.ServerSocket;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The one database set-up of the test suite: PostgreSQL in a Testcontainers container
 * when Docker is available; otherwise no bean here, and the application's embedded
 * PostgreSQL starts on a throwaway directory instead.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestDatabaseConfiguration {

	/** The same image as docker-compose.yml. */
	public static final String POSTGRES_IMAGE = "postgres:18-alpine";

	/**
	 * PostgreSQL on a host port of its own, bound once: when a test stops and starts the
	 * container ({@link DatabaseServer}), the application finds it where it was.
	 */
	@Bean
	@ServiceConnection
	@Conditional(DockerAvailable.class)
	PostgreSQLContainer postgres() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		return new PostgreSQLContainer(DockerImageName.parse(POSTGRES_IMAGE))
			.withCreateContainerCmdModifier((container) -> container.getHostConfig()
				.withPortBindings(new PortBinding(Ports.Binding.bindPort(port),
						new ExposedPort(PostgreSQLContainer.POSTGRESQL_PORT))));
	}

	static class DockerAvailable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return DockerClientFactory.instance().isDockerAvailable();
		}

	}

}
