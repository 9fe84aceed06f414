package be.brussels.mediation.web;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The crafted requests of the security review: each gets a 4xx page of the site, never a
 * server error, and nothing it carried is stored.
 */
@SiteTest
@ExtendWith(OutputCaptureExtension.class)
class CraftedRequestTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private HttpResponse<String> send(String method, String path, String contentType, String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html")
			// A client of its own, so that the rate limits count it apart.
			.header("X-Forwarded-For", "198.51.100.77")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		try {
			return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private HttpResponse<String> report(String body) {
		return send("POST", "/fr/offices/marolles/report", "application/x-www-form-urlencoded", body);
	}

	@Test
	void fieldNamesThatReachIntoATextAreABadRequest() {
		for (String crafted : new String[] { "message.x=1", "_email.x=1", "!email.x=1", "email%5B0%5D=x",
				"_topic%5B3%5D=on", "message.bytes=1", "class.name=x" }) {
			HttpResponse<String> response = report("topic=OTHER&message=Bonjour&" + crafted);
			assertThat(response.statusCode()).as(crafted).isEqualTo(400);
			assertThat(Html.parse(response).select("h1").text()).isEqualTo("Demande incorrecte");
		}
		assertThat(this.jdbc.sql("select count(*) from problem_report where message = 'Bonjour'")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void aControlCharacterInATextIsRefusedBesideItsFieldButLineBreaksInAMessageAreKept() {
		HttpResponse<String> refused = report("topic=OTHER&message=Le+num%C3%A9ro%00+est+faux&email=a%01@b.be");
		assertThat(refused.statusCode()).isEqualTo(400);
		Document page = Html.parse(refused);
		assertThat(page.select(".error-summary a")).extracting((link) -> link.attr("href"))
			.containsExactlyInAnyOrder("#message", "#email");
		assertThat(page.select("#message-error").text()).contains("caractère invisible");

		HttpResponse<String> kept = report("topic=OTHER&message=Ligne+1%0D%0ALigne%092");
		assertThat(kept.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("select count(*) from problem_report where message = ?")
			.param("Ligne 1\r\nLigne\t2")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void bodiesTheSiteDoesNotReadAreRefusedAndAMultipartHeaderOnAPageIsIgnored() {
		assertThat(send("GET", "/fr/", "multipart/form-data", null).statusCode()).isEqualTo(200);
		assertThat(send("POST", "/fr/offices/marolles/report", "multipart/form-data", "topic=OTHER").statusCode())
			.isEqualTo(415);
		HttpResponse<String> broken = send("POST", "/fr/offices/marolles/report", "multipart/form-data; boundary=zz",
				"--zz\r\nbroken");
		assertThat(broken.statusCode()).isEqualTo(415);
		assertThat(Html.parse(broken).select("h1").text()).isEqualTo("Demande incorrecte");
		assertThat(send("POST", "/fr/offices/marolles/report", "application/json", "{}").statusCode()).isEqualTo(415);
		assertThat(send("POST", "/fr/offices/marolles/report", "not a type", "x").statusCode()).isEqualTo(415);
	}

	@Test
	void aStaffPageAskedWithAnAddressTooLongToRememberLeadsToTheSignInPage() {
		for (String language : new String[] { "fr", "de" }) {
			HttpResponse<String> response = send("GET", "/" + language + "/admin?x=" + "y".repeat(7_000), null, null);
			assertThat(response.statusCode()).as(language).isEqualTo(302);
			assertThat(response.headers().firstValue("Location")).as(language)
				.hasValueSatisfying((location) -> assertThat(location).endsWith("/admin/login"));
		}
	}

	@Test
	void aPageShownWithAnErrorIsNotCached() {
		HttpResponse<String> response = send("GET", "/fr/search?q=%00", null, null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void theErrorPathAskedForDirectlyIsAPageThatDoesNotExist() {
		HttpResponse<String> response = send("GET", "/error", null, null);
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Html.parse(response).select("h1").text()).isEqualTo("Page introuvable");
	}

	@Test
	void errorsAreHtmlPagesForEveryClientAndNeverCached() {
		HttpResponse<String> response = send("GET", "/fr/offices/nope", null, null, "Accept", "application/json");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void anUndecodableParameterIsABadRequestLoggedAsOneLine(CapturedOutput output) {
		HttpResponse<String> response = send("GET", "/fr/search?q=%C3%28", null, null);
		assertThat(response.statusCode()).isEqualTo(400);
		assertThat(Html.parse(response).select("h1").text()).isEqualTo("Demande incorrecte");
		assertThat(output.getOut()).contains("WARN").contains("400 for GET /fr/search");
		assertThat(output.getAll()).doesNotContain("MalformedInputException", "\tat org.apache");
	}

	@Test
	void redirectsAreRelativeWhateverHostTheRequestNames() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write("GET /fr/admin HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			assertThat(response).startsWith("HTTP/1.1 302").contains("\r\nLocation: /fr/admin/login\r\n");
		}
		HttpResponse<String> forwarded = send("GET", "/fr/admin", null, null, "X-Forwarded-Host", "evil.example");
		assertThat(forwarded.headers().firstValue("Location")).hasValue("/fr/admin/login");
	}

	@Test
	void theStaffPageToReturnToAfterSigningInIsARelativeAddressOfTheStaffPagesOnly() throws IOException {
		for (String[] asked : new String[][] { { "/fr/admin/accounts", "/fr/admin/accounts" },
				{ "//evil.example/fr/admin", "/fr/admin" }, { "https://evil.example/fr/admin", "/fr/admin" } }) {
			String cookie = Base64.getEncoder().encodeToString(asked[0].getBytes(StandardCharsets.UTF_8));
			String body = "username=" + StaffBrowser.ADMIN + "&password=" + StaffBrowser.ADMIN_PASSWORD;
			try (Socket socket = new Socket("localhost", this.port)) {
				socket.getOutputStream()
					.write(("POST /fr/admin/login HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n"
							+ "X-Forwarded-Host: evil.example\r\nCookie: REDIRECT_URI=" + cookie + "\r\n"
							+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: " + body.length()
							+ "\r\n\r\n" + body)
						.getBytes(StandardCharsets.US_ASCII));
				String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
				assertThat(response).as(asked[0]).contains("\r\nLocation: " + asked[1] + "\r\n");
			}
		}
	}

	@Test
	void aBodyThatStallsFreesItsWorkerWithinSeconds() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.setSoTimeout(30_000);
			socket.getOutputStream()
				.write(("POST /fr/offices/marolles/report HTTP/1.1\r\nHost: localhost\r\n"
						+ "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\ntopic=OTH")
					.getBytes(StandardCharsets.US_ASCII));
			long start = System.nanoTime();
			socket.getInputStream().readAllBytes();
			assertThat((System.nanoTime() - start) / 1_000_000_000.0).isLessThan(10);
		}
	}

	@Test
	void staffFormsAnswerCraftedNamesWith400AndRefuseControlCharactersAndOverlongPasswords() {
		StaffBrowser admin = new StaffBrowser(this.port);
		admin.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		for (String[] crafted : new String[][] { { "descriptionFr.x", "1" }, { "_languages[0]", "on" },
				{ "!nameFr.x", "1" }, { "phones[0].x", "1" }, { "sessions[0].day.x", "1" } }) {
			admin.get("/fr/admin/offices/marolles");
			admin.submit("form[action$=/admin/offices/marolles]", crafted);
			assertThat(admin.status()).as(crafted[0]).isEqualTo(400);
			assertThat(admin.page().select("h1").text()).isEqualTo("Demande incorrecte");
		}
		admin.get("/fr/admin/offices/marolles");
		Document refused = admin.submit("form[action$=/admin/offices/marolles]", "nameFr", "Marolles\u0000");
		assertThat(admin.status()).isEqualTo(400);
		assertThat(refused.select(".error-summary a").attr("href")).isEqualTo("#nameFr");
		assertThat(this.jdbc.sql("select name_fr from office where slug = 'marolles'").query(String.class).single())
			.doesNotContain("\u0000");

		admin.get("/fr/admin/accounts/new");
		admin.submit("form[action$=/admin/accounts]", "password.x", "1");
		assertThat(admin.status()).isEqualTo(400);
		admin.get("/fr/admin/accounts/new");
		Document tooLong = admin.submit("form[action$=/admin/accounts]", "username", "long.password", "displayName",
				"Long Password", "role", "EDITOR", "password", "é".repeat(40));
		assertThat(admin.status()).isEqualTo(400);
		assertThat(tooLong.select("#password-error").text()).contains("au plus 72 caractères");
	}

}
