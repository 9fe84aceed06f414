package be.brussels.mediation.web;

import java.io.IOException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class ErrorPagesTests {

	@LocalServerPort
	int port;

	@Test
	void showsAPlainServerErrorPageWithoutExceptionDetails() {
		HttpResponse<String> response = Html.fetch(this.port, "GET", "/fr/test/failure");

		assertThat(response.statusCode()).isEqualTo(500);
		Document page = Html.parse(response);
		assertThat(page.select("h1").text()).isEqualTo("Problème technique");
		assertThat(page.select("main").text()).contains("Réessayez dans quelques minutes");
		assertThat(response.body()).doesNotContain("A failure the tests asked for", "IllegalStateException", "at be.");
		assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
	}

	@Test
	void answersFieldNamesNoFormHasWithAClientErrorPage() {
		for (String path : new String[] { "/fr/search?q[0]=x", "/fr/search?street[0]=x",
				"/fr/offices/marolles/report?topic[0]=x" }) {
			HttpResponse<String> response = Html.fetch(this.port, "GET", path.replace("[", "%5B").replace("]", "%5D"));
			assertThat(response.statusCode()).as(path).isEqualTo(400);
			assertThat(Html.parse(response).select("h1").text()).isEqualTo("Demande incorrecte");
		}
	}

	@Test
	void answersAWrongMethodWithAClientErrorPageAndNoSession() {
		HttpResponse<String> response = Html.fetch(this.port, "DELETE", "/fr/offices/marolles");

		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(Html.parse(response).select("h1").text()).isEqualTo("Demande incorrecte");
		assertThat(response.body()).doesNotContain("jsessionid");
	}

	@Test
	void answersAUrlTomcatRefusesWithAPlainPageInTheThreeLanguages() throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			socket.getOutputStream()
				.write("GET /fr/%ZZ HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
					.getBytes(StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

			assertThat(response).startsWith("HTTP/1.1 400");
			Document page = Jsoup.parse(response.substring(response.indexOf("<!DOCTYPE")));
			assertThat(page.select("html").attr("lang")).isEqualTo("fr");
			assertThat(page.select("h1").text()).isEqualTo("Demande incorrecte");
			assertThat(page.select("section[lang] h1, section[lang] h2"))
				.extracting((heading) -> heading.parent().attr("lang") + " " + heading.text())
				.containsExactly("fr Demande incorrecte", "nl Verkeerde aanvraag", "en Request not understood");
			assertThat(page.select("a[href=/nl/]").text()).isEqualTo("Terug naar de startpagina");
			assertThat(response).doesNotContain("Tomcat", "Exception");
		}
	}

	@Test
	void answersAnUnknownPageWithTheSites404Page() {
		HttpResponse<String> response = Html.fetch(this.port, "GET", "/fr/nothing/here");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Html.parse(response).select("h1").text()).isEqualTo("Page introuvable");
	}

	@Test
	void listsTheOfficesAndTheirPhonesOnThe404PageSoThatAnOldLinkStillLeadsToOne() {
		HttpResponse<String> response = Html.fetch(this.port, "GET", "/nl/oude/pagina");

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Html.parse(response);
		assertThat(page.select("main h2").first().text())
			.isEqualTo("Bel een kantoor: daar hoort u welk kantoor het uwe is");
		assertThat(page.select("main .office-card h3").eachText()).contains("Marollen", "Neder-over-Heembeek");
		assertThat(page.select("main .office-card a[href^=tel:]")).isNotEmpty();
	}

}
