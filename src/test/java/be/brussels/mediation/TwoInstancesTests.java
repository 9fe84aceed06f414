package be.brussels.mediation;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import be.brussels.mediation.privacy.Retention;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two instances of the application, A and B, started together on a new database of the
 * suite's PostgreSQL, each with its own kept pages, as behind a load balancer: they
 * create one first administrator between them, a staff session opened on one works on the
 * other, an edit saved on one shows on the other's next page view, the sign-in throttle
 * counts failures on both as one, and an account disabled on one is signed out on the
 * other.
 */
@SiteTest
class TwoInstancesTests {

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	/** Their database. */
	private static JdbcClient jdbc;

	/**
	 * How many instances waited at once for their turn to create the first administrator.
	 */
	private static long waitingTogether;

	/**
	 * Starts A and B at once on a new database, the first administrator's turn held until
	 * both wait for it, so that they reach it together, as two replicas deployed at once.
	 */
	@BeforeAll
	static void startTwoInstancesTogether(@Autowired JdbcConnectionDetails server, @Autowired JdbcClient suite)
			throws Exception {
		suite.sql("drop database if exists two_instances with (force)").update();
		suite.sql("create database two_instances").update();
		String url = server.getJdbcUrl().replaceFirst("(//[^/]+/)[^?]*", "$1two_instances");
		ExecutorService starting = Executors.newFixedThreadPool(2);
		try (Connection turn = DriverManager.getConnection(url, server.getUsername(), server.getPassword())) {
			turn.createStatement().execute("select pg_advisory_lock(hashtext('first administrator'))");
			Future<ConfigurableApplicationContext> startingA = starting.submit(() -> instance(url, server));
			Future<ConfigurableApplicationContext> startingB = starting.submit(() -> instance(url, server));
			long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
			while (waitingTogether < 2 && !startingA.isDone() && !startingB.isDone() && System.nanoTime() < deadline) {
				Thread.sleep(50);
				waitingTogether = suite.sql("""
						select count(*) from pg_locks join pg_database on pg_database.oid = pg_locks.database
						where locktype = 'advisory' and not granted and datname = 'two_instances'""")
					.query(Long.class)
					.single();
			}
			turn.createStatement().execute("select pg_advisory_unlock_all()");
			a = startingA.get();
			b = startingB.get();
		}
		finally {
			starting.shutdown();
		}
		jdbc = a.getBean(JdbcClient.class);
	}

	@AfterAll
	static void stopThem(@Autowired JdbcClient suite) {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { a, b }) {
			if (instance != null) {
				instance.close();
			}
		}
		suite.sql("drop database if exists two_instances with (force)").update();
	}

	private static ConfigurableApplicationContext instance(String url, JdbcConnectionDetails server) {
		return new SpringApplicationBuilder(MediationDirectoryApplication.class).run("--server.port=0",
				"--management.server.port=0", "--spring.main.banner-mode=off", "--spring.datasource.url=" + url,
				"--spring.datasource.username=" + server.getUsername(),
				"--spring.datasource.password=" + ((server.getPassword() != null) ? server.getPassword() : ""),
				"--mediation.admin.username=" + StaffBrowser.ADMIN,
				"--mediation.admin.password=" + StaffBrowser.ADMIN_PASSWORD, "--mediation.map.tile-url=",
				"--mediation.trusted-proxies=127.0.0.1", "--mediation.access-log=false");
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
	}

	@Test
	void theRetentionJobStartedOnBothInstancesAtOnceRunsOnce() throws Exception {
		ExecutorService both = Executors.newFixedThreadPool(2);
		try {
			List<Future<?>> runs = new ArrayList<>();
			for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { a, b }) {
				runs.add(both.submit(() -> instance.getBean(Retention.class).apply()));
			}
			for (Future<?> run : runs) {
				run.get(60, TimeUnit.SECONDS);
			}
		}
		finally {
			both.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from audit_event where action = 'RETENTION_APPLIED'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void instancesStartingTogetherOnANewDatabaseCreateOneFirstAdministrator() {
		assertThat(waitingTogether).as("instances waiting together for their turn").isEqualTo(2);
		assertThat(jdbc.sql("select username from staff_account where role = 'ADMIN'").query(String.class).list())
			.containsExactly(StaffBrowser.ADMIN);
	}

	@Test
	void aSessionOpenedOnOneInstanceWorksOnTheOther() {
		StaffBrowser onA = new StaffBrowser(port(a));
		onA.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		assertThat(onA.path()).isEqualTo("/fr/admin");

		StaffBrowser onB = onA.at(port(b));
		Document page = onB.get("/en/admin/offices/north");
		assertThat(onB.path()).isEqualTo("/en/admin/offices/north");
		assertThat(page.select("form.sign-out")).hasSize(1);
	}

	@Test
	void anEditSavedOnOneInstanceShowsOnTheOthersNextPageView() throws Exception {
		Optional<String> description = jdbc.sql("select description_fr from office where slug = 'north'")
			.query((row, number) -> Optional.ofNullable(row.getString(1)))
			.single();
		StaffBrowser visitorOfB = new StaffBrowser(port(b));
		// B keeps the page rendered.
		visitorOfB.get("/fr/offices/north");
		assertThat(visitorOfB.get("/fr/offices/north").text()).doesNotContain("Changé sur A");
		try {
			StaffBrowser onA = new StaffBrowser(port(a));
			onA.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
			onA.get("/fr/admin/offices/north");
			String changed = "Changé sur A " + UUID.randomUUID();
			onA.submit("form[action$=/admin/offices/north]", "descriptionFr", changed);
			assertThat(onA.page().select("[role=status]").text()).isEqualTo("Vos modifications ont été enregistrées.");

			// B hears of it from the database (NOTIFY) within milliseconds.
			long saved = System.nanoTime();
			while (!visitorOfB.get("/fr/offices/north").text().contains(changed)) {
				assertThat(System.nanoTime() - saved).as("shown on B within a second").isLessThan(1_000_000_000L);
				Thread.sleep(20);
			}
		}
		finally {
			jdbc.sql("update office set description_fr = ? where slug = 'north'")
				.param(description.orElse(null))
				.update();
		}
	}

	@Test
	void tenFailedSignInsSpreadOverBothInstancesAreThrottledAsOne() {
		String username = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		for (int attempt = 1; attempt <= 10; attempt++) {
			// Each attempt from another address: only the account's count can stop them.
			StaffBrowser browser = new StaffBrowser(port((attempt % 2 == 0) ? a : b), "198.51.100." + attempt);
			browser.signIn(username, "wrong-password-" + attempt);
			if (attempt <= 5) {
				assertThat(browser.path()).as("attempt " + attempt).isEqualTo("/fr/admin/login?error");
			}
			else {
				assertThat(browser.path()).as("attempt " + attempt).startsWith("/fr/admin/login?wait=");
			}
		}
	}

	@Test
	void anAccountDisabledOnOneInstanceIsSignedOutOnTheOther() {
		String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
		String password = "quiet-lantern-orchard-73";
		StaffBrowser admin = new StaffBrowser(port(a));
		admin.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		admin.get("/en/admin/accounts/new");
		admin.submit("form[action$=/admin/accounts]", "username", username, "displayName", "Editor on B", "role",
				"EDITOR", "password", password);
		assertThat(admin.path()).isEqualTo("/en/admin/accounts");

		StaffBrowser editor = new StaffBrowser(port(b), "198.51.100.77");
		editor.signIn(username, password);
		assertThat(editor.path()).isEqualTo("/fr/admin");

		admin.get("/en/admin/accounts/" + username);
		admin.submit("form[action$=/admin/accounts/" + username + "]", "enabled", "false");
		// Refused at its next request on B, then asked to sign in.
		editor.get("/fr/admin");
		assertThat(editor.status()).isEqualTo(403);
		editor.get("/fr/admin");
		assertThat(editor.path()).isEqualTo("/fr/admin/login");
	}

}
