package be.brussels.mediation.web;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, error pages included, is built on the one accessible layout, in its
 * language.
 */
@SiteTest
class LayoutTests {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@CsvSource({ "fr, /fr/, Ville de Bruxelles, Accessibilité : conformité partielle",
			"nl, /nl/offices/marolles, Stad Brussel, 'Toegankelijkheid: gedeeltelijk conform'",
			"en, /en/accessibility, City of Brussels, 'Accessibility: partially compliant'",
			"fr, /fr/offices/unknown, Ville de Bruxelles, Accessibilité : conformité partielle",
			"nl, /nl/no-such-page, Stad Brussel, 'Toegankelijkheid: gedeeltelijk conform'" })
	void everyPageHasLanguageSkipLinkLandmarksOneHeadingAndOwnStylesOnly(String language, String path, String city,
			String accessibilityLink) {
		Document page = Html.parse(Html.fetch(this.port, "GET", path));

		assertThat(page.select("html").attr("lang")).isEqualTo(language);
		assertThat(page.select("a[href], button, input, select, textarea").first().attr("href")).isEqualTo("#main");
		assertThat(page.select("main#main")).hasSize(1);
		assertThat(page.select("header")).hasSize(1);
		assertThat(page.select("nav[aria-label]")).hasSize(2);
		assertThat(page.select("footer")).hasSize(1);
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.title()).endsWith(" – " + city);
		assertThat(page.select("footer a[href=/" + language + "/accessibility]").text()).isEqualTo(accessibilityLink);
		// A JSON-LD block is data, which browsers never run: the only script element
		// without src allowed.
		assertThat(
				page.select("script:not([src]):not([type=application/ld+json]), style, [style], [onclick], [onload]"))
			.isEmpty();
		assertThat(page.select("script[src], script:not([type=application/ld+json])"))
			.allSatisfy((script) -> assertThat(script.attr("src"))
				.matches("/(assets/js/[a-z-]+|webjars/leaflet/[0-9.]+/dist/leaflet)-[0-9a-f]{32}\\.js"));
		assertThat(page.select("link[rel=stylesheet]")).allSatisfy((link) -> assertThat(link.attr("href"))
			.matches("/(assets/css/(site|print)|webjars/leaflet/[0-9.]+/dist/leaflet)-[0-9a-f]{32}\\.css"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fr/", "/fr/offices/marolles", "/fr/accessibility" })
	void pagesHaveDistinctTitles(String path) {
		assertThat(Html.page(this.mvc, path).title())
			.isNotEqualTo(Html.parse(Html.fetch(this.port, "GET", "/fr/no-such-page")).title())
			.isNotEqualTo(Html.page(this.mvc, path.replace("/fr/", "/nl/")).title());
	}

}
