package be.brussels.mediation.search;

import java.util.List;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class SearchTests {

	private static final String[] ALL_DISTRICTS = { "Laeken-Centre", "Laeken-Nord", "Marolles", "Neder-over-Heembeek",
			"Nord", "Senne" };

	@Autowired
	MockMvcTester mvc;

	@ParameterizedTest
	@ValueSource(strings = { "marols", "MAROLLES", "Vossenstraat", "vosenstraat", "renards", "Rue des Renards",
			"0499 53 74 81", "+32 499 53 74 81", "0499537481", "02/503.25.65" })
	void findsTheMarollesOfficeFirst(String query) {
		assertThat(districtsFound("/fr/search?q={q}", query)).first().isEqualTo("Marolles");
	}

	@ParameterizedTest
	@ValueSource(strings = { "huisvesting", "logement", "housing", "emploi", "werk", "job", "santé", "gezondheid" })
	void findsEveryOfficeForANeedTheyAllHelpWith(String query) {
		assertThat(districtsFound("/nl/search?q={q}", query)).containsExactlyInAnyOrder("Laken-Centrum", "Laken-Noord",
				"Marollen", "Neder-over-Heembeek", "Noord", "Zenne");
	}

	@Test
	void findsOfficesByPostalCodeAndByAccentlessStreetName() {
		assertThat(districtsFound("/fr/search?q={q}", "1120")).containsExactly("Neder-over-Heembeek");
		assertThat(districtsFound("/fr/search?q={q}", "heliport")).containsExactly("Laeken-Nord");
		Document page = Html.page(this.mvc, "/fr/search?q=1000");
		assertThat(page.select("section.answer h2").text()).isEqualTo("Votre rue, s'il vous plaît");
		assertThat(page.select("main ul.offices h3").eachText()).containsExactly(ALL_DISTRICTS);
	}

	@Test
	void putsTheAnswerWithItsCallButtonsBeforeTheFormToAskAgain() {
		Document page = Html.page(this.mvc, "/nl/search?q=Hoogstraat");

		assertThat(page.select("main > h1 + section.answer")).hasSize(1);
		assertThat(page.select("main > section.answer ~ form[role!=search] input#q").val()).isEqualTo("Hoogstraat");
		assertThat(page.select("main > section.answer a[href^=tel:]")).isNotEmpty();
	}

	@Test
	void saysPlainlyWhenNothingMatchesAndShowsEveryOfficeWithItsPhones() {
		Document page = Html.page(this.mvc, "/fr/search?q=xylophone");

		assertThat(page.select("main h2").text()).isEqualTo("Aucune réponse pour « xylophone »");
		assertThat(page.select("main p").text()).contains("Vérifiez l'orthographe.");
		assertThat(page.select("main ul.offices h3").eachText()).containsExactly(ALL_DISTRICTS);
		assertThat(page.select("main ul.offices a[href^=tel:]")).hasSize(10);
	}

	@Test
	void answersAnOverlongSearchWithTheErrorSummaryLinkedToTheField() {
		MvcTestResult result = this.mvc.get().uri("/fr/search?q={q}", "x".repeat(201)).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = Html.parse(result);
		assertThat(page.title()).isEqualTo("Erreur : Quel est mon bureau ? – Ville de Bruxelles");
		assertThat(page.select(".error-summary a[href=#q]").text())
			.isEqualTo("Votre texte est trop long. Écrivez au maximum 200 caractères.");
		assertThat(page.select("#q-error").text())
			.isEqualTo("Erreur : Votre texte est trop long. Écrivez au maximum 200 caractères.");
		assertThat(page.select("#q").attr("aria-describedby")).isEqualTo("q-hint q-error");
		assertThat(page.select("#q").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("label[for=q]")).hasSize(1);
		assertThat(page.select("main ul.offices")).isEmpty();
	}

	@Test
	void answersASearchWithControlCharactersWithAMessageNotAnError() {
		MvcTestResult result = this.mvc.get().uri("/en/search?q={q}", "a\u0000b").exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Html.parse(result).select(".error-summary a[href=#q]").text())
			.isEqualTo("Your text contains an invisible character. Type it again with letters, digits and spaces.");
	}

	@Test
	void showsOnlyTheFormWhenNothingIsAskedAndAMessageForAnEmptySearch() {
		Document page = Html.page(this.mvc, "/fr/search");

		assertThat(page.select("main form input#q")).hasSize(1);
		assertThat(page.select("main ul.offices")).isEmpty();
		assertThat(page.select(".error-summary")).isEmpty();

		MvcTestResult empty = this.mvc.get().uri("/fr/search?q=").exchange();
		assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Html.parse(empty).select(".error-summary a[href=#q]").text())
			.isEqualTo("Écrivez votre rue, votre quartier ou votre question.");
	}

	@Test
	void everyPageHasASearchFormThatWorksWithoutJavaScript() {
		Document page = Html.page(this.mvc, "/nl/offices/marolles");

		assertThat(page.select("form[role=search][method=get][action=/nl/search] input[name=q]#site-search"))
			.hasSize(1);
		assertThat(page.select("label[for=site-search]").text()).isEqualTo("Zoeken: uw straat, uw wijk of uw vraag");
	}

	private List<String> districtsFound(String uri, String query) {
		MvcTestResult result = this.mvc.get().uri(uri, query).exchange();
		assertThat(result).hasStatusOk();
		return Html.parse(result).select("main ul.offices h3").eachText();
	}

}
