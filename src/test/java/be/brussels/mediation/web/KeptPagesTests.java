package be.brussels.mediation.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDateTime;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import be.brussels.mediation.TestClock;
import be.brussels.mediation.office.PublishedOffices;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages are kept rendered, and only they: what a resident is sent comes from the
 * cache until staff change something, while staff pages, pages asked for with a cookie,
 * answers that set one and errors are always rendered anew. The office is renamed behind
 * the editing pages' back, or a page no rendering gives is planted in the cache, so that
 * a kept page is told from a fresh one; the clock stands still, so that no kept page ends
 * with its minute.
 */
@SiteTest
class KeptPagesTests {

	private static final String RENAMED = "Médiation sociale des Marolles, renommée";

	private static final String PLANTED = "A page planted in the cache";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	PageCache pages;

	@Autowired
	PublishedOffices offices;

	private final HttpClient client = HttpClient.newHttpClient();

	@BeforeEach
	void stopTheClock() {
		this.clock.set(LocalDateTime.parse("2026-11-24T10:00:05"));
	}

	@AfterEach
	void restoreTheName() {
		this.jdbc.sql("update office set name_fr = 'Médiation sociale Marolles' where slug = 'marolles'").update();
		this.clock.reset();
	}

	/** Keeps a page under the key that no rendering would give. */
	private void plant(String key) {
		Instant now = this.clock.instant();
		this.pages.keep(key,
				new CachedPage(("<h1>" + PLANTED + "</h1>").getBytes(StandardCharsets.UTF_8), null, "planted",
						"text/html;charset=UTF-8", "fr", null, now, now, now.plusSeconds(60), null,
						this.pages.generation()));
	}

	private void renameBehindTheEditingPages() {
		this.jdbc.sql("update office set name_fr = ? where slug = 'marolles'").param(RENAMED).update();
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private String heading(String path, String... headers) throws Exception {
		return Html.parse(get(path, headers)).select("h1").text();
	}

	@Test
	void aResidentIsSentTheKeptPageUntilStaffChangeSomething() throws Exception {
		String before = heading("/fr/offices/marolles");
		renameBehindTheEditingPages();
		assertThat(heading("/fr/offices/marolles")).isEqualTo(before);

		this.offices.changed();
		assertThat(heading("/fr/offices/marolles")).isEqualTo(RENAMED);
	}

	@Test
	void aPageAskedForWithACookieIsRenderedAnewAndNotKept() throws Exception {
		CachedPage kept = this.pages.find("/fr/offices/marolles");
		assertThat(heading("/fr/offices/marolles", "Cookie", "JSESSIONID=0123")).isNotEqualTo(PLANTED);
		assertThat(this.pages.find("/fr/offices/marolles")).isSameAs(kept);

		plant("/fr/offices/marolles");
		assertThat(heading("/fr/offices/marolles", "Cookie", "JSESSIONID=0123")).isNotEqualTo(PLANTED);
		assertThat(heading("/fr/offices/marolles")).isEqualTo(PLANTED);
	}

	@Test
	void staffPagesAreRenderedAnewEveryTime() {
		StaffBrowser staff = new StaffBrowser(this.port);
		staff.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		assertThat(staff.get("/fr/admin").text()).doesNotContain(RENAMED);
		renameBehindTheEditingPages();
		assertThat(staff.get("/fr/admin").text()).contains(RENAMED);
		assertThat(staff.header("Cache-Control")).contains("no-store");
	}

	@Test
	void anAnswerThatSetsACookieIsNeverKept() throws Exception {
		HttpResponse<String> first = get("/fr/test/cookie");
		HttpResponse<String> second = get("/fr/test/cookie");
		assertThat(second.body()).isNotEqualTo(first.body());
		assertThat(second.headers().firstValue("Set-Cookie")).isPresent();
		assertThat(second.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void aPageShownWithAnErrorIsNeverKept() throws Exception {
		HttpResponse<String> blank = get("/fr/search?q=%20&street=%20");
		assertThat(blank.statusCode()).isEqualTo(400);
		assertThat(blank.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(blank.headers().firstValue("ETag")).isEmpty();
		HttpResponse<String> notFound = get("/fr/offices/nothing-here");
		assertThat(notFound.statusCode()).isEqualTo(404);
		assertThat(notFound.headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void theSameQuestionAskedWithItsParametersInAnotherOrderIsTheSameKeptPage() throws Exception {
		plant("/fr/nearest?lat=50.837&lon=4.3476&");
		assertThat(heading("/fr/nearest?lon=4.3476&lat=50.837")).isEqualTo(PLANTED);
	}

}
