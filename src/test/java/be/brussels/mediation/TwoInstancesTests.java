package be.brussels.mediation;

import java.util.Optional;
import java.util.UUID;

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
 * Two instances of the application, A and B, on the suite's PostgreSQL, each with its own
 * kept pages, as behind a load balancer: a staff session opened on one works on the
 * other, an edit saved on one shows on the other's next page view, the sign-in throttle
 * counts failures on both as one, and an account disabled on one is signed out on the
 * other.
 */
@SiteTest
class TwoInstancesTests {

	private static ConfigurableApplicationContext a;

	private static ConfigurableApplicationContext b;

	@Autowired
	JdbcClient jdbc;

	@BeforeAll
	static void startTwoInstances(@Autowired JdbcConnectionDetails database) {
		a = instance(database);
		b = instance(database);
	}

	@AfterAll
	static void stopThem() {
		for (ConfigurableApplicationContext instance : new ConfigurableApplicationContext[] { a, b }) {
			if (instance != null) {
				instance.close();
			}
		}
	}

	private static ConfigurableApplicationContext instance(JdbcConnectionDetails database) {
		return new SpringApplicationBuilder(MediationDirectoryApplication.class).run("--server.port=0",
				"--management.server.port=0", "--spring.main.banner-mode=off",
				"--spring.datasource.url=" + database.getJdbcUrl(),
				"--spring.datasource.username=" + database.getUsername(),
				"--spring.datasource.password=" + ((database.getPassword() != null) ? database.getPassword() : ""),
				"--mediation.map.tile-url=", "--mediation.trusted-proxies=127.0.0.1", "--mediation.access-log=false");
	}

	private static int port(ConfigurableApplicationContext instance) {
		return ((WebServerApplicationContext) instance).getWebServer().getPort();
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
		Optional<String> description = this.jdbc.sql("select description_fr from office where slug = 'north'")
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
			this.jdbc.sql("update office set description_fr = ? where slug = 'north'")
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
