package be.brussels.mediation.home;

import java.time.LocalDateTime;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import be.brussels.mediation.TestClock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class HomePageTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	TestClock clock;

	@Test
	void explainsBothApproachesOfSocialMediation() {
		Document page = Html.page(this.mvc, "/fr/");

		assertThat(page.select("h1").text()).isEqualTo("La médiation sociale dans votre quartier");
		assertThat(page.select("h2 + ul.approaches h3").eachText()).containsExactly("Pour vous personnellement",
				"Pour tout le quartier");
		assertThat(page.select(".approaches").text()).contains("formation", "activité", "emploi", "logement");
	}

	@Test
	void listsTheSixOfficesByDistrictWithAddressAndLinkToTheirPage() {
		Elements offices = Html.page(this.mvc, "/fr/").select("ul.offices > li");

		assertThat(offices.select("h3").eachText()).containsExactly("Laeken-Centre", "Laeken-Nord", "Marolles",
				"Neder-over-Heembeek", "Nord", "Senne");
		Element marolles = offices.get(2);
		assertThat(marolles.select("address").text()).isEqualTo("Rue des Renards 10 1000 Bruxelles");
		assertThat(marolles.select("a[href=/fr/offices/marolles]").text())
			.isEqualTo("Plus d'informations sur le bureau Marolles");
	}

	@Test
	void showsEveryPhoneNumberOfTheSourcePageAsATelLink() {
		Document page = Html.page(this.mvc, "/fr/");

		assertThat(page.select("ul.offices a[href^=tel:]")).extracting((link) -> link.attr("href") + " " + link.text())
			.containsExactly("tel:+3224278344 02 427 83 44", "tel:+32475355358 0475 35 53 58",
					"tel:+3224278344 02 427 83 44", "tel:+3225032565 02 503 25 65", "tel:+32499537481 0499 53 74 81",
					"tel:+3222694153 02 269 41 53", "tel:+32499537485 0499 53 74 85", "tel:+3222030556 02 203 05 56",
					"tel:+3222136011 02 213 60 11", "tel:+32499537484 0499 53 74 84");
	}

	@Test
	void servesAPageCacheableUntilTheNextMinuteWithoutCookiesAndWithSecurityHeaders() {
		this.clock.set(LocalDateTime.parse("2026-11-24T10:59:45"));
		MvcTestResult result;
		try {
			result = Html.get(this.mvc, "/fr/");
		}
		finally {
			this.clock.reset();
		}

		// It says whether offices are open now, which may change at 11:00.
		assertThat(result).hasStatusOk()
			.doesNotContainHeader("Set-Cookie")
			.hasHeader("Cache-Control", "max-age=15, public")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("X-Frame-Options", "DENY")
			.hasHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		assertThat(result.getResponse().getHeader("Content-Security-Policy")).contains("default-src 'none'",
				"script-src 'self'", "style-src 'self'", "img-src 'self' ;", "frame-ancestors 'none'");
		assertThat(Html.parse(result).select("[src], link[rel=stylesheet]"))
			.allSatisfy((element) -> assertThat(element.attr("src") + element.attr("href")).startsWith("/"));
	}

}
