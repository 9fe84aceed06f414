package be.brussels.mediation.web;

import java.net.http.HttpResponse;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import jakarta.servlet.RequestDispatcher;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class ErrorPagesTests {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Test
	void showsAPlainServerErrorPageWithoutExceptionDetails() {
		MvcTestResult result = this.mvc.get()
			.uri("/error")
			.accept("text/html")
			.requestAttr(RequestDispatcher.ERROR_STATUS_CODE, 500)
			.requestAttr(RequestDispatcher.ERROR_EXCEPTION, new IllegalStateException("secret database detail"))
			.exchange();

		assertThat(result).hasStatus(HttpStatus.INTERNAL_SERVER_ERROR);
		Document page = Html.parse(result);
		assertThat(page.select("h1").text()).isEqualTo("Problème technique");
		assertThat(page.select("main").text()).contains("Réessayez dans quelques minutes");
		assertThat(page.html()).doesNotContain("secret database detail", "IllegalStateException", "at be.");
	}

	@Test
	void answersAWrongMethodWithAClientErrorPageAndNoSession() {
		HttpResponse<String> response = Html.fetch(this.port, "DELETE", "/fr/offices/marolles");

		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(Html.parse(response).select("h1").text()).isEqualTo("Demande incorrecte");
		assertThat(response.body()).doesNotContain("jsessionid");
	}

	@Test
	void answersAnUnknownPageWithTheSites404Page() {
		HttpResponse<String> response = Html.fetch(this.port, "GET", "/fr/nothing/here");

		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(Html.parse(response).select("h1").text()).isEqualTo("Page introuvable");
	}

}
