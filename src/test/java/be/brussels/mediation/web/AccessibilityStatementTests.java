package be.brussels.mediation.web;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class AccessibilityStatementTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void followsTheEuModelStatement() {
		Document page = Html.page(this.mvc, "/fr/accessibility");

		assertThat(page.select("h1").text()).isEqualTo("Déclaration d'accessibilité");
		assertThat(page.select("main h2").eachText()).containsExactly("État de conformité", "Limites connues",
				"Établissement de cette déclaration", "Signaler un problème",
				"Si vous n'êtes pas satisfait de notre réponse");
		assertThat(page.select("main").text()).contains("partiellement conforme", "WCAG) 2.2, niveau AA", "EN 301 549",
				"directive (UE) 2016/2102", "22 novembre 2026");
	}

	@Test
	void tellsHowToComplainToTheBrusselsOmbudsman() {
		Document page = Html.page(this.mvc, "/fr/accessibility");

		assertThat(page.select("main a[href=https://www.ombuds.brussels]")).hasSize(1);
		assertThat(page.select("main a[href=tel:+3225496700]").text()).isEqualTo("02 549 67 00");
		assertThat(page.select("main a[href=mailto:plaintes@ombuds.brussels]")).hasSize(1);
		assertThat(page.select("main a[href=/fr/offices]").text()).isEqualTo("Les numéros des bureaux");
	}

}
