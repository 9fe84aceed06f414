package be.brussels.mediation.security;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import be.brussels.mediation.TestClock;
import be.brussels.mediation.StoredSessions;
import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.staff.StaffAccountRepository;
import be.brussels.mediation.staff.StaffAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class StaffAccessTests {

	@LocalServerPort
	int port;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	StaffAccounts staff;

	@Autowired
	OfficeRepository offices;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	/**
	 * A new editor of the given offices; returns the user name.
	 */
	@Test
	void anonymousVisitorsOfStaffPagesAreSentToSignInInTheirLanguage() {
		StaffBrowser browser = new StaffBrowser(this.port);
		Document page = browser.get("/nl/admin/offices/marolles");
		assertThat(browser.path()).isEqualTo("/nl/admin/login");
		assertThat(page.select("h1").text()).isEqualTo("Aanmelden voor medewerkers");
		assertThat(page.select("input#username").attr("aria-describedby")).isEmpty();
		browser.get("/admin");
		assertThat(browser.path()).isEqualTo("/fr/admin/login");
	}

	@Test
	void signingInLeadsToTheOfficesWithANewSessionAndSafeCookie() {
		StaffBrowser browser = new StaffBrowser(this.port);
		browser.get("/en/admin/login");
		String before = browser.cookies().toString();
		Document page = browser.submit("form[action$=/admin/login]", "username", StaffBrowser.ADMIN, "password",
				StaffBrowser.ADMIN_PASSWORD);
		assertThat(browser.path()).isEqualTo("/en/admin");
		assertThat(page.select("h1").text()).isEqualTo("Offices to keep up to date");
		assertThat(page.select("table th[scope=row] a")).hasSize(6);
		assertThat(browser.cookies().toString()).as("session id changed at sign-in").isNotEqualTo(before);
		assertThat(browser.header("Cache-Control")).contains("no-store");
	}

	@Test
	void theSignInPageSetsNoCookieAndSigningInGivesAnHttpOnlySameSiteLaxSession() throws Exception {
		HttpResponse<String> page = Html.fetch(this.port, "GET", "/fr/admin/login");
		assertThat(page.headers().allValues("Set-Cookie")).isEmpty();

		HttpResponse<String> signedIn = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/fr/admin/login"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers
					.ofString("username=" + StaffBrowser.ADMIN + "&password=" + StaffBrowser.ADMIN_PASSWORD))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(signedIn.headers().firstValue("Location")).hasValue("/fr/admin");
		assertThat(signedIn.headers().allValues("Set-Cookie")).singleElement()
			.asString()
			.startsWith("SESSION=")
			.contains("HttpOnly")
			.containsIgnoringCase("SameSite=Lax");
	}

	@Test
	void signingOutEndsTheSession() {
		StaffBrowser browser = new StaffBrowser(this.port);
		browser.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		Document page = browser.submit("form.sign-out");
		assertThat(browser.path()).isEqualTo("/fr/admin/login?loggedOut");
		assertThat(page.select("[role=status]").text()).isEqualTo("Vous êtes déconnecté.");
		browser.get("/fr/admin");
		assertThat(browser.path()).isEqualTo("/fr/admin/login");
	}

	@Test
	void aWrongPasswordGetsTheErrorSummaryLinkedToTheUserName() {
		StaffBrowser browser = new StaffBrowser(this.port, "192.0.2.10");
		Document page = browser.signIn(StaffBrowser.ADMIN, "not-the-password-at-all");
		assertThat(browser.path()).isEqualTo("/fr/admin/login?error");
		assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#username");
		assertThat(page.title()).startsWith("Erreur");
	}

	@Test
	void aPostWithoutCsrfTokenIsRefused() {
		StaffBrowser browser = new StaffBrowser(this.port);
		browser.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		Document refused = browser.post("/fr/admin/offices/marolles/checked");
		assertThat(browser.status()).isEqualTo(403);
		assertThat(refused.select("h1").text()).isEqualTo("Formulaire expiré");
		assertThat(this.jdbc.sql("select checked_at is null from office where slug = 'marolles'")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void anEditorCannotEditAnOfficeNotAssignedToThemNorManageAccounts() {
		String editor = StaffBrowser.editorOf(this.accounts, this.staff, this.offices, "marolles");
		StaffBrowser browser = new StaffBrowser(this.port);
		Document home = browser.signIn(editor, StaffBrowser.EDITOR_PASSWORD);
		assertThat(home.select("table th[scope=row] a")).extracting((link) -> link.attr("href"))
			.containsExactly("/fr/admin/offices/marolles");
		assertThat(home.select("header nav a")).extracting((link) -> link.text()).doesNotContain("Comptes");

		browser.get("/fr/admin/offices/marolles");
		assertThat(browser.status()).isEqualTo(200);

		Document refused = browser.get("/fr/admin/offices/senne");
		assertThat(browser.status()).isEqualTo(403);
		assertThat(refused.select("h1").text()).isEqualTo("Accès refusé");

		browser.get("/fr/admin/offices/marolles");
		String csrf = browser.page().select("input[name=_csrf]").val();
		browser.post("/fr/admin/offices/senne/checked", "_csrf", csrf);
		assertThat(browser.status()).isEqualTo(403);
		assertThat(this.jdbc.sql("select checked_at is null from office where slug = 'senne'")
			.query(Boolean.class)
			.single()).isTrue();

		browser.get("/fr/admin/accounts");
		assertThat(browser.status()).isEqualTo(403);
		browser.get("/fr/admin/audit");
		assertThat(browser.status()).isEqualTo(403);
		browser.get("/fr/admin/offices/new");
		assertThat(browser.status()).isEqualTo(403);
		assertThat(this.jdbc.sql("select target from audit_event where actor = ? and action = 'REFUSED' order by id")
			.param(editor)
			.query(String.class)
			.list()).containsExactly("/fr/admin/offices/senne", "/fr/admin/offices/senne/checked", "/fr/admin/accounts",
					"/fr/admin/audit", "/fr/admin/offices/new");
	}

	@Test
	void anOfficeFormSentAfterTheSessionEndedIsFoundAgainAfterSigningIn() {
		StaffBrowser browser = new StaffBrowser(this.port);
		browser.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		browser.get("/en/admin/offices/marolles");
		String csrf = browser.page().select("input[name=_csrf]").val();
		String version = browser.page().select("input[name=version]").val();

		// The same browser sends the forms once its session has ended.
		StoredSessions.expire(this.jdbc, browser.sessionId());
		StaffBrowser ended = browser;
		Document page = ended.post("/en/admin/offices/marolles/checked", "_csrf", csrf);
		assertThat(ended.path()).isEqualTo("/en/admin/login?expired");
		assertThat(page.select("[role=status]").text()).startsWith("Your session ended after 30 minutes")
			.contains("not saved");
		page = ended.post("/en/admin/offices/marolles", "_csrf", csrf, "version", version, "nameFr",
				"Médiation sociale Marolles", "nameNl", "Sociale bemiddeling Marollen", "nameEn",
				"Typed before the session ended");
		assertThat(ended.path()).isEqualTo("/en/admin/login?expired=kept");
		assertThat(page.select("[role=status]").text()).contains("Sign in again to find it");

		page = ended.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		assertThat(ended.path()).isEqualTo("/en/admin/offices/marolles");
		assertThat(page.select("[role=status]").text()).startsWith("This form was not saved");
		assertThat(page.select("input#nameEn").val()).isEqualTo("Typed before the session ended");
		assertThat(this.jdbc.sql("select checked_at is null and name_en not like 'Typed%' from office where slug = ?")
			.param("marolles")
			.query(Boolean.class)
			.single()).isTrue();
		// Once found, the form is the office's again.
		assertThat(ended.get("/en/admin/offices/marolles").select("input#nameEn").val())
			.isNotEqualTo("Typed before the session ended");
	}

	@Test
	void bigFormsSentWithoutASignedInSessionLeaveNoSession() throws Exception {
		int sessions = StoredSessions.count(this.jdbc);
		String body = "version=0&nameFr=" + "x".repeat(1_900_000);
		HttpClient client = HttpClient.newHttpClient();
		for (int i = 0; i < 40; i++) {
			HttpRequest.Builder post = HttpRequest
				.newBuilder(URI.create("http://localhost:" + this.port + "/fr/admin/offices/marolles"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				// A client may claim anything: here, to come from the site's own page.
				.header("Sec-Fetch-Site", "same-origin")
				.POST(HttpRequest.BodyPublishers.ofString(body));
			if (i % 2 == 1) {
				post.header("Cookie", "SESSION=" + StoredSessions.cookieFor(UUID.randomUUID().toString()));
			}
			HttpResponse<String> response = client.send(post.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).hasValue("/fr/admin/login?expired");
			assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
		}
		assertThat(StoredSessions.count(this.jdbc)).isEqualTo(sessions);
	}

	@Test
	void anOfficeFormOpenedBeforeSigningInAgainIsShownAgainAsTyped() {
		StaffBrowser browser = new StaffBrowser(this.port);
		browser.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		browser.get("/nl/admin/offices/senne");
		String csrf = browser.page().select("input[name=_csrf]").val();
		String version = browser.page().select("input[name=version]").val();
		browser.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);

		Document page = browser.post("/nl/admin/offices/senne", "_csrf", csrf, "version", version, "descriptionNl",
				"Getypt in het oude formulier");
		assertThat(browser.path()).isEqualTo("/nl/admin/offices/senne");
		assertThat(page.select("[role=status]").text()).startsWith("Dit formulier is niet bewaard");
		assertThat(page.select("textarea#descriptionNl").text()).isEqualTo("Getypt in het oude formulier");
		assertThat(this.jdbc.sql("select description_nl is null from office where slug = 'senne'")
			.query(Boolean.class)
			.single()).isTrue();
	}

	@Test
	void signInFailuresAreCountedAndRecordedWhateverAddressAProxyForwards() {
		String address = "2001:db8:" + "7".repeat(60);
		StaffBrowser browser = new StaffBrowser(this.port, address);
		for (int attempt = 1; attempt <= 6; attempt++) {
			browser.signIn("nobody-" + attempt, "wrong-password-" + attempt);
		}
		assertThat(browser.path()).startsWith("/fr/admin/login?wait=");
		assertThat(this.jdbc.sql("select count(*) from audit_event where address = ? and action = 'LOGIN_FAILED'")
			.param(address.substring(0, 45))
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void aDisabledAccountIsSignedOutAtItsNextRequest() {
		String editor = StaffBrowser.editorOf(this.accounts, this.staff, this.offices, "marolles");
		StaffBrowser browser = new StaffBrowser(this.port);
		browser.signIn(editor, StaffBrowser.EDITOR_PASSWORD);
		this.jdbc.sql("update staff_account set enabled = false where username = ?").param(editor).update();
		browser.get("/fr/admin/offices/marolles");
		assertThat(browser.status()).isEqualTo(403);
		browser.get("/fr/admin/offices/marolles");
		assertThat(browser.path()).isEqualTo("/fr/admin/login");
		Document page = browser.signIn(editor, StaffBrowser.EDITOR_PASSWORD);
		// Said as for a wrong password, so that nobody learns which accounts exist.
		assertThat(browser.path()).isEqualTo("/fr/admin/login?error");
		assertThat(page.select(".error-summary a").text())
			.isEqualTo("Nom d'utilisateur ou mot de passe incorrect, ou compte désactivé.");
	}

	@Test
	void tenFailedSignInsInARowMakeTheAccountWaitWithAClearMessage() {
		String editor = StaffBrowser.editorOf(this.accounts, this.staff, this.offices, "marolles");
		StaffBrowser browser = new StaffBrowser(this.port, "192.0.2.20");
		for (int attempt = 1; attempt <= 10; attempt++) {
			Document page = browser.signIn(editor, "wrong-password-" + attempt);
			if (attempt <= 5) {
				assertThat(browser.path()).as("attempt " + attempt).isEqualTo("/fr/admin/login?error");
			}
			else {
				assertThat(browser.path()).as("attempt " + attempt).startsWith("/fr/admin/login?wait=");
				assertThat(browser.status()).isEqualTo(429);
				assertThat(page.select(".error-summary a").text())
					.matches("Trop de connexions échouées\\. Attendez \\d+ minutes?.*");
			}
		}
		// Even the right password waits now, from any address.
		StaffBrowser elsewhere = new StaffBrowser(this.port, "192.0.2.21");
		elsewhere.signIn(editor, StaffBrowser.EDITOR_PASSWORD);
		assertThat(elsewhere.path()).startsWith("/fr/admin/login?wait=");
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor = ? and action = 'LOGIN_FAILED'")
			.param(editor)
			.query(Long.class)
			.single()).isEqualTo(5);
		// Recorded once a minute for an account and address, however many are sent.
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor = ? and action = 'LOGIN_THROTTLED'")
			.param(editor)
			.query(Long.class)
			.single()).isEqualTo(2);
		// The throttle reads the application's clock: two hours later, the right password
		// signs in.
		this.clock.set(LocalDateTime.now(TestClock.BRUSSELS).plusHours(2));
		try {
			elsewhere.signIn(editor, StaffBrowser.EDITOR_PASSWORD);
			assertThat(elsewhere.path()).isEqualTo("/fr/admin");
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void theAuditLogShowsSignInsToAdministratorsOnly() {
		StaffBrowser browser = new StaffBrowser(this.port);
		browser.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		Document log = browser.get("/en/admin/audit");
		assertThat(browser.status()).isEqualTo(200);
		assertThat(log.select("tbody tr").first().select("td").eachText()).contains(StaffBrowser.ADMIN, "Signed in",
				"127.0.0.1");
	}

	@Test
	void aUserNameWithControlCharactersOrSpacesCountsWithItsAccount() {
		String editor = StaffBrowser.editorOf(this.accounts, this.staff, this.offices, "marolles");
		StaffBrowser browser = new StaffBrowser(this.port, "192.0.2.30");
		for (int attempt = 1; attempt <= 5; attempt++) {
			browser.signIn(editor, "wrong-password-" + attempt);
		}
		// Surrounding spaces and capitals are the same account, and wait with it.
		StaffBrowser elsewhere = new StaffBrowser(this.port, "192.0.2.31");
		elsewhere.signIn("  " + editor.toUpperCase() + " ", StaffBrowser.EDITOR_PASSWORD);
		assertThat(elsewhere.path()).startsWith("/fr/admin/login?wait=");
		// A control character makes a name no account has: it signs nobody in, and is
		// counted and recorded (with every other such name, which other tests may have
		// sent
		// already).
		this.jdbc.sql("delete from throttle_bucket where id = 'sign-in:account:'").update();
		StaffBrowser disguised = new StaffBrowser(this.port, "192.0.2.32");
		for (String name : new String[] { editor + "\u0001", "\u0000" + editor, editor + "\u0007",
				editor + "\u001b" }) {
			disguised.signIn(name, StaffBrowser.EDITOR_PASSWORD);
			assertThat(disguised.path()).as(name).isEqualTo("/fr/admin/login?error");
		}
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'LOGIN_FAILED' and address = ?")
			.param("192.0.2.32")
			.query(Long.class)
			.single()).isEqualTo(4);
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor = ? and action = 'LOGIN_THROTTLED'")
			.param(editor)
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void aSessionEndsWhenAnAdministratorSetsItsAccountsPassword() {
		String editor = StaffBrowser.editorOf(this.accounts, this.staff, this.offices, "marolles");
		StaffBrowser browser = new StaffBrowser(this.port);
		browser.signIn(editor, StaffBrowser.EDITOR_PASSWORD);
		browser.get("/fr/admin/offices/marolles");
		assertThat(browser.status()).isEqualTo(200);

		StaffBrowser admin = new StaffBrowser(this.port);
		admin.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		admin.get("/fr/admin/accounts/" + editor);
		admin.submit("form[action$=/admin/accounts/" + editor + "]", "password", "copper-meadow-lantern-19");
		assertThat(admin.path()).isEqualTo("/fr/admin/accounts");

		browser.get("/fr/admin/offices/marolles");
		assertThat(browser.status()).isEqualTo(403);
		browser.get("/fr/admin/offices/marolles");
		assertThat(browser.path()).isEqualTo("/fr/admin/login");
	}

	@Test
	void aForwardedAddressCountsOnlyFromANamedProxy() throws IOException {
		// The tests name 127.0.0.1 as the proxy; 127.0.0.2 is this machine too, but no
		// proxy.
		signInFailureFrom("127.0.0.2", "203.0.113.9", "proxy-test-1");
		signInFailureFrom("127.0.0.1", "203.0.113.9", "proxy-test-2");
		// A private address the proxy appended is the client's: not skipped as a proxy.
		signInFailureFrom("127.0.0.1", "203.0.113.9, 10.1.2.3", "proxy-test-3");
		assertThat(this.jdbc
			.sql("select actor || ' ' || address from audit_event where actor like 'proxy-test-%' order by actor")
			.query(String.class)
			.list()).containsExactly("proxy-test-1 127.0.0.2", "proxy-test-2 203.0.113.9", "proxy-test-3 10.1.2.3");
	}

	private void signInFailureFrom(String peer, String forwardedFor, String username) throws IOException {
		String body = "username=" + username + "&password=wrong-password";
		try (Socket socket = new Socket()) {
			socket.bind(new InetSocketAddress(peer, 0));
			socket.connect(new InetSocketAddress("127.0.0.1", this.port));
			socket.getOutputStream()
				.write(("POST /fr/admin/login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
						+ "X-Forwarded-For: " + forwardedFor + "\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
						+ "\r\n\r\n" + body)
					.getBytes(StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 302").contains("Location: /fr/admin/login?error");
		}
	}

	@Test
	void signInAttemptsSentAtOnceAreEachCounted() throws Exception {
		String editor = StaffBrowser.editorOf(this.accounts, this.staff, this.offices, "marolles");
		HttpClient client = HttpClient.newHttpClient();
		List<CompletableFuture<HttpResponse<String>>> attempts = new ArrayList<>();
		for (int i = 0; i < 40; i++) {
			attempts.add(client
				.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/fr/admin/login"))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.header("X-Forwarded-For", "192.0.2.40")
					.POST(HttpRequest.BodyPublishers.ofString("username=" + editor + "&password=wrong-" + i))
					.build(), HttpResponse.BodyHandlers.ofString()));
		}
		CompletableFuture.allOf(attempts.toArray(CompletableFuture[]::new)).join();
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor = ? and action = 'LOGIN_FAILED'")
			.param(editor)
			.query(Long.class)
			.single()).as("passwords checked").isLessThanOrEqualTo(5);
	}

	@Test
	void refusalsOfVisitorsWhoNeverSignedInAreNotRecorded() {
		long before = this.jdbc.sql("select count(*) from audit_event where action = 'REFUSED'")
			.query(Long.class)
			.single();
		StaffBrowser visitor = new StaffBrowser(this.port);
		for (int i = 0; i < 20; i++) {
			visitor.post("/fr/admin/offices/marolles", "nameFr", "x" + i);
		}
		assertThat(
				this.jdbc.sql("select count(*) from audit_event where action = 'REFUSED'").query(Long.class).single())
			.isEqualTo(before);
	}

}
