package be.brussels.mediation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import org.testcontainers.postgresql.PostgreSQLContainer;

import org.springframework.context.ApplicationContext;

/**
 * The PostgreSQL server the suite runs on, stopped and started again as an operator
 * would: the embedded one by a "fast shutdown" (SIGINT: connections are closed, what was
 * committed is kept; {@code pg_ctl} does the same but refuses to run as root), then
 * started again with the same command; the Testcontainers one by stopping and starting
 * its container, on the host port bound when it was created
 * ({@link TestDatabaseConfiguration}).
 */
public final class DatabaseServer {

	private static final Duration STARTED_WITHIN = Duration.ofSeconds(60);

	private final EmbeddedPostgres embedded;

	private final PostgreSQLContainer container;

	private final String jdbcUrl;

	/** The embedded server's command, read while it ran first. */
	private List<String> command;

	public DatabaseServer(ApplicationContext context) {
		this.embedded = context.getBeanProvider(EmbeddedPostgres.class).getIfAvailable();
		this.container = context.getBeanProvider(PostgreSQLContainer.class).getIfAvailable();
		if (this.embedded == null && this.container == null) {
			throw new IllegalStateException("The suite runs on no database that it can stop");
		}
		this.jdbcUrl = (this.embedded != null) ? this.embedded.getJdbcUrl("postgres", "postgres")
				: this.container.getJdbcUrl();
	}

	public void stop() {
		if (this.container != null) {
			this.container.getDockerClient().stopContainerCmd(this.container.getContainerId()).exec();
			return;
		}
		ProcessHandle postmaster = postmaster();
		if (this.command == null) {
			this.command = new ArrayList<>();
			this.command.add(postmaster.info().command().orElseThrow());
			this.command.addAll(List.of(postmaster.info().arguments().orElseThrow()));
		}
		run("kill", "-INT", Long.toString(postmaster.pid()));
		try {
			postmaster.onExit().get(60, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			throw new IllegalStateException("PostgreSQL did not stop", ex);
		}
	}

	/** Starts the server again and returns once it takes connections. */
	public void start() {
		if (this.container != null) {
			this.container.getDockerClient().startContainerCmd(this.container.getContainerId()).exec();
		}
		else {
			List<String> command = new ArrayList<>();
			// As the embedded PostgreSQL starts it: in a user namespace of its own when
			// run
			// as root, which PostgreSQL refuses.
			if (LinuxUtils.isUnshareAvailable()) {
				command.addAll(List.of("unshare", "-U"));
			}
			command.addAll(this.command);
			try {
				new ProcessBuilder(command).redirectErrorStream(true)
					.redirectOutput(ProcessBuilder.Redirect.DISCARD)
					.start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		long deadline = System.nanoTime() + STARTED_WITHIN.toNanos();
		while (true) {
			try (Connection connection = DriverManager.getConnection(this.jdbcUrl, user(), password())) {
				return;
			}
			catch (SQLException notYet) {
				if (System.nanoTime() > deadline) {
					throw new IllegalStateException("PostgreSQL did not start again", notYet);
				}
				pause();
			}
		}
	}

	private String user() {
		return (this.container != null) ? this.container.getUsername() : "postgres";
	}

	private String password() {
		return (this.container != null) ? this.container.getPassword() : null;
	}

	/**
	 * The embedded server's main process, as its data directory names it (the embedded
	 * PostgreSQL starts it through {@code pg_ctl}).
	 */
	private ProcessHandle postmaster() {
		try (Connection connection = DriverManager.getConnection(this.jdbcUrl, user(), password());
				Statement statement = connection.createStatement();
				ResultSet directory = statement.executeQuery("show data_directory")) {
			directory.next();
			long pid = Long.parseLong(
					Files.readAllLines(Path.of(directory.getString(1)).resolve("postmaster.pid")).get(0).strip());
			return ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException("PostgreSQL is not running"));
		}
		catch (SQLException ex) {
			throw new IllegalStateException("PostgreSQL does not answer", ex);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void run(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
				throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void pause() {
		try {
			Thread.sleep(100);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
