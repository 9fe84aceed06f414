package be.brussels.mediation.web;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page exists in French, Dutch and English under its own URL; the root picks one
 * from the browser's languages.
 */
@SiteTest
class LanguageTests {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "nl-BE, /nl/", "'fr-BE,fr;q=0.9', /fr/", "'en-GB,en;q=0.8,nl;q=0.5', /en/", "'de-DE,nl;q=0.5', /nl/",
			"'de-DE,es', /fr/", "'!!;q=x', /fr/" })
	void rootRedirectsToTheHomePageInTheBrowsersLanguage(String acceptLanguage, String home) {
		MvcTestResult result = this.mvc.get().uri("/").header("Accept-Language", acceptLanguage).exchange();

		assertThat(result).hasStatus(HttpStatus.FOUND)
			.hasHeader("Location", home)
			.hasHeader("Vary", "Accept-Language")
			.doesNotContainHeader("Set-Cookie");
	}

	@Test
	void rootRedirectsToFrenchWithoutAcceptLanguage() {
		assertThat(this.mvc.get().uri("/").exchange()).hasStatus(HttpStatus.FOUND).hasHeader("Location", "/fr/");
	}

	@ParameterizedTest
	@CsvSource({ "/nl/offices/marolles, nl, /offices/marolles", "/en/, en, /",
			"/fr/accessibility, fr, /accessibility" })
	void everyPageNamesItsThreeLanguageVersionsAndItsCanonicalAddress(String path, String language, String rest) {
		Document page = Html.page(this.mvc, path);

		assertThat(page.select("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("http://localhost:8080" + path);
		assertThat(page.select("link[rel=alternate]"))
			.extracting((link) -> link.attr("hreflang") + " " + link.attr("href"))
			.containsExactly("fr http://localhost:8080/fr" + rest, "nl http://localhost:8080/nl" + rest,
					"en http://localhost:8080/en" + rest, "x-default http://localhost:8080/fr" + rest);
	}

	@Test
	void languageSwitcherLeadsToTheSamePageInTheOtherLanguagesNamedInTheirOwnLanguage() {
		Document page = Html.page(this.mvc, "/nl/offices/marolles");

		assertThat(page.select("nav.languages a")).extracting(
				(link) -> link.attr("href") + " " + link.attr("lang") + " " + link.attr("hreflang") + " " + link.text())
			.containsExactly("/fr/offices/marolles fr fr Français", "/en/offices/marolles en en English");
	}

	@Test
	void languageSwitcherKeepsTheQuery() {
		Document page = Html.page(this.mvc, "/en/?q=housing");

		assertThat(page.select("nav.languages a").eachAttr("href")).containsExactly("/fr/?q=housing", "/nl/?q=housing");
	}

	@Test
	void dutchPagesUseDutchNamesOfDistrictsStreetsAndLocalities() {
		Document home = Html.page(this.mvc, "/nl/");
		Document marolles = Html.page(this.mvc, "/nl/offices/marolles");

		assertThat(home.select("ul.offices h3").eachText()).containsExactly("Laken-Centrum", "Laken-Noord", "Marollen",
				"Neder-over-Heembeek", "Noord", "Zenne");
		assertThat(marolles.select("h1").text()).isEqualTo("Sociale bemiddeling Marollen");
		assertThat(marolles.select("main address").text()).isEqualTo("Vossenstraat 10 1000 Brussel");
		assertThat(marolles.select("main .phones li").eachText()).containsExactly("Telefoon: 02 503 25 65",
				"Gsm: 0499 53 74 81");
	}

	@Test
	void englishPagesGiveBothOfficialNamesEachMarkedWithItsLanguage() {
		Element address = Html.page(this.mvc, "/en/offices/marolles").selectFirst("main address");

		assertThat(address.text()).isEqualTo("Rue des Renards / Vossenstraat 10 1000 Bruxelles / Brussel");
		assertThat(address.select("[lang]")).extracting((name) -> name.attr("lang") + " " + name.text())
			.containsExactly("fr Rue des Renards", "nl Vossenstraat", "fr Bruxelles", "nl Brussel");
	}

	@Test
	void errorPagesSpeakTheLanguageOfTheFailedPage() {
		Document page = Html.parse(Html.fetch(this.port, "GET", "/nl/offices/atlantis"));

		assertThat(page.select("html").attr("lang")).isEqualTo("nl");
		assertThat(page.select("h1").text()).isEqualTo("Pagina niet gevonden");
	}

	@Test
	void datesAreWrittenTheWayEachLanguageWritesThem() {
		assertThat(Html.page(this.mvc, "/fr/accessibility").select("main").text())
			.contains("établie le 2 décembre 2026.");
		assertThat(Html.page(this.mvc, "/nl/accessibility").select("main").text())
			.contains("opgesteld op 2 december 2026.");
		assertThat(Html.page(this.mvc, "/en/accessibility").select("main").text())
			.contains("prepared on 2 December 2026.");
	}

}
