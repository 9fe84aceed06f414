package be.brussels.mediation.web;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page, error pages included, is built on the one accessible layout.
 */
@SiteTest
class LayoutTests {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "/", "/offices/marolles", "/offices/unknown", "/no-such-page" })
	void everyPageHasLanguageSkipLinkLandmarksOneHeadingAndOwnStylesOnly(String path) {
		Document page = Html.parse(Html.fetch(this.port, "GET", path));

		assertThat(page.select("html").attr("lang")).isEqualTo("fr");
		assertThat(page.select("a[href], button, input, select, textarea").first().attr("href")).isEqualTo("#main");
		assertThat(page.select("main#main")).hasSize(1);
		assertThat(page.select("header")).hasSize(1);
		assertThat(page.select("nav[aria-label]")).hasSize(1);
		assertThat(page.select("footer")).hasSize(1);
		assertThat(page.select("footer a[href=/accessibility]").text())
			.isEqualTo("Accessibilité : conformité partielle");
		assertThat(page.select("h1")).hasSize(1);
		assertThat(page.title()).endsWith(" – Ville de Bruxelles");
		assertThat(page.select("script, style, [style]")).isEmpty();
		assertThat(page.select("link[rel=stylesheet]"))
			.allSatisfy((link) -> assertThat(link.attr("href")).matches("/assets/css/(site|print)-[0-9a-f]{32}\\.css"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/", "/offices/marolles" })
	void pagesHaveDistinctTitles(String path) {
		assertThat(Html.page(this.mvc, path).title())
			.isNotEqualTo(Html.parse(Html.fetch(this.port, "GET", "/no-such-page")).title());
	}

}
