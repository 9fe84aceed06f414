package be.brussels.mediation.home;

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
				"directive (UE) 2016/2102", "2 décembre 2026");
	}

	@Test
	void tellsHowToComplainToTheBrusselsOmbudsman() {
		Document page = Html.page(this.mvc, "/fr/accessibility");

		assertThat(page.select("main a[href=https://www.ombuds.brussels]")).hasSize(1);
		assertThat(page.select("main a[href=tel:+3225496700]").text()).isEqualTo("02 549 67 00");
		assertThat(page.select("main a[href=mailto:plaintes@ombuds.brussels]")).hasSize(1);
	}

	@Test
	void coversEveryPublicAndStaffPageAndListsTheProblemsThatRemain() {
		Document page = Html.page(this.mvc, "/en/accessibility");

		assertThat(page.select("main p").eachText())
			.anyMatch((text) -> text.startsWith("This statement applies to every page")
					&& text.contains("the search and its answers") && text.contains("the form to report a problem")
					&& text.contains("where City staff sign in"));
		assertThat(page.select("main h2:contains(Known limitations) + ul li").eachText()).hasSize(5)
			.anyMatch((text) -> text.startsWith("The map images"))
			.anyMatch((text) -> text.startsWith("On the staff pages, adding or removing a row"))
			.noneMatch((text) -> text.contains("online form"));
	}

	@Test
	void takesFeedbackInWritingByTheSitesFormAndTheConfiguredEmailAddressAsWellAsByPhone() {
		Document page = Html.page(this.mvc, "/fr/accessibility");

		assertThat(page.select("main ul.feedback li").eachText()).containsExactly(
				"Par écrit, avec le formulaire « Signaler une erreur dans ces informations » en bas de la page de "
						+ "n'importe quel bureau, en choisissant « Le site est difficile à utiliser ». Les pages des bureaux",
				"Par e-mail : accessibilite@example.org",
				"Par téléphone, à n'importe quel bureau : Les numéros des bureaux");
		assertThat(page.select("main ul.feedback a[href=mailto:accessibilite@example.org]")).hasSize(1);
		assertThat(page.select("main ul.feedback a[href=/fr/offices]")).hasSize(2);
	}

}
