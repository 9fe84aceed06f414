package be.brussels.mediation;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDateTime;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What residents, staff and operators get while the PostgreSQL server the suite runs on
 * is really stopped, and once it is started again: pages from their last rendering or a
 * translated "temporarily unavailable" page within two seconds, staff saves refused with
 * the form as typed, readiness down and liveness up; then recovery within ten seconds,
 * without a restart and with nothing lost.
 */
@SiteTest
class DatabaseOutageTests {

	private static final Duration ANSWERED_WITHIN = Duration.ofSeconds(2);

	private static final Duration RECOVERED_WITHIN = Duration.ofSeconds(10);

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	private DatabaseServer database;

	private boolean stopped;

	/** Senne's English name and description, as they were before a test changed them. */
	private String[] restoreSenne;

	@BeforeEach
	void findTheDatabase() {
		this.database = new DatabaseServer(this.context);
	}

	@AfterEach
	void startTheDatabaseAgain() throws Exception {
		this.clock.reset();
		if (this.stopped) {
			startDatabase();
			// The next tests find the site as it was: its pool connected again.
			awaitAnswer("/en/search?q=after+the+outage", 200);
		}
		if (this.restoreSenne != null) {
			this.jdbc.sql("update office set name_en = ?, description_en = ? where slug = 'senne'")
				.params((Object[]) this.restoreSenne)
				.update();
		}
	}

	@Test
	void publicPagesAnswerFromTheirLastRenderingOrSayTheSiteIsUnavailableAndTheSiteRecoversByItself() throws Exception {
		this.clock.set(LocalDateTime.of(2026, 12, 8, 10, 0));
		String search = get("/fr/search?q=logement").body();
		String office = get("/fr/offices/marolles").body();
		assertThat(management("/actuator/health/readiness").statusCode()).isEqualTo(200);

		stopDatabase();
		// Two minutes later, every page kept has ended.
		this.clock.set(LocalDateTime.of(2026, 12, 8, 10, 2));

		HttpResponse<String> searchAgain = get("/fr/search?q=logement");
		assertThat(searchAgain.statusCode()).isEqualTo(200);
		assertThat(searchAgain.body()).isEqualTo(search);

		HttpResponse<String> officeAgain = get("/fr/offices/marolles");
		assertThat(officeAgain.statusCode()).isEqualTo(200);
		assertThat(Jsoup.parse(officeAgain.body()).select("h1").text())
			.isEqualTo(Jsoup.parse(office).select("h1").text());

		HttpResponse<String> neverAsked = get("/nl/search?q=nooit+gevraagd");
		assertThat(neverAsked.statusCode()).isEqualTo(503);
		assertThat(neverAsked.headers().firstValue("Retry-After")).isPresent();
		assertThat(neverAsked.headers().firstValue("Cache-Control")).hasValue("no-store");
		Document unavailable = Jsoup.parse(neverAsked.body());
		assertThat(unavailable.select("html").attr("lang")).isEqualTo("nl");
		assertThat(unavailable.select("h1").text()).isEqualTo("Dienst tijdelijk niet beschikbaar");
		assertThat(unavailable.select("title").text()).contains("Dienst tijdelijk niet beschikbaar");
		assertThat(unavailable.select("main")).hasSize(1);
		// The offices' phones, held in memory, so that a resident can still call one.
		assertThat(unavailable.select("a[href^=tel:]")).isNotEmpty();
		assertThat(neverAsked.body()).doesNotContain("Exception").doesNotContain("at org.");

		HttpResponse<String> readiness = management("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(503);
		assertThat(readiness.body()).contains("\"status\":\"DOWN\"");
		assertThat(management("/actuator/health/liveness").statusCode()).isEqualTo(200);

		long restarted = startDatabase();
		long recovered = awaitAnswer("/en/search?q=never+asked+before", 200);
		assertThat(Duration.ofNanos(recovered - restarted)).isLessThan(RECOVERED_WITHIN);
		assertThat(management("/actuator/health/readiness").statusCode()).isEqualTo(200);
	}

	@Test
	void aStaffSaveIsRefusedWithTheFormAsTypedThenSavedOnceTheDatabaseIsBackAndNothingEarlierIsLost() throws Exception {
		this.restoreSenne = this.jdbc.sql("select name_en, description_en from office where slug = 'senne'")
			.query((row, number) -> new String[] { row.getString(1), row.getString(2) })
			.single();
		StaffBrowser browser = new StaffBrowser(this.port);
		browser.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		browser.get("/en/admin/offices/senne");
		browser.submit("form[action$=/admin/offices/senne]", "descriptionEn", "Saved before the outage");
		assertThat(browser.path()).isEqualTo("/en/admin/offices/senne");
		browser.get("/en/admin/offices/senne");

		stopDatabase();
		long sent = System.nanoTime();
		// "Save and mark as checked" sends the whole form too.
		Document refused = browser.press("button[formaction$=/checked]", "nameEn", "Typed during the outage");
		assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(ANSWERED_WITHIN);
		assertThat(browser.status()).isEqualTo(503);
		assertThat(refused.select("[role=status]").text()).startsWith("Nothing was saved");
		assertThat(refused.select("input#nameEn").val()).isEqualTo("Typed during the outage");
		assertThat(refused.select("input#descriptionEn, textarea#descriptionEn").text())
			.isEqualTo("Saved before the outage");
		assertThat(refused.select("h1").text()).contains("Typed during the outage");

		startDatabase();
		awaitAnswer("/fr/search?q=de+retour", 200);
		browser.submit("form[action$=/admin/offices/senne]");
		assertThat(browser.path()).isEqualTo("/en/admin/offices/senne");
		assertThat(browser.page().select("[role=status]").text()).isEqualTo("Your changes have been saved.");
		assertThat(this.jdbc.sql("select name_en || ' / ' || description_en from office where slug = 'senne'")
			.query(String.class)
			.single()).isEqualTo("Typed during the outage / Saved before the outage");
	}

	private void stopDatabase() {
		this.database.stop();
		this.stopped = true;
	}

	/** Starts the database again; returns when (System.nanoTime()). */
	private long startDatabase() {
		this.database.start();
		this.stopped = false;
		return System.nanoTime();
	}

	/** Asks until the page answers with the status; returns when it did. */
	private long awaitAnswer(String path, int status) throws Exception {
		long deadline = System.nanoTime() + RECOVERED_WITHIN.toNanos() * 2;
		while (get(path).statusCode() != status) {
			assertThat(System.nanoTime()).as("answered " + status).isLessThan(deadline);
			Thread.sleep(100);
		}
		return System.nanoTime();
	}

	/** A page of the site, which must answer within two seconds whatever it answers. */
	private HttpResponse<String> get(String path) throws Exception {
		long asked = System.nanoTime();
		HttpResponse<String> response = this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(Duration.ofNanos(System.nanoTime() - asked)).as(path + " answered within 2 s")
			.isLessThan(ANSWERED_WITHIN);
		return response;
	}

	private HttpResponse<String> management(String path) throws Exception {
		return this.client.send(
				HttpRequest.newBuilder(URI.create("http://localhost:" + this.managementPort + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
