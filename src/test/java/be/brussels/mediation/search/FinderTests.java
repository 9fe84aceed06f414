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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Which office is mine?" answers from a street or a postal code, and says how it got
 * there.
 */
@SiteTest
class FinderTests {

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest
	@ValueSource(strings = { "Avenue de Versailles 144, 1120", "versailleslaan 1120", "Oorlogskruisenlaan 12" })
	void givesTheNederOverHeembeekOfficeForItsStreetsAsTheNearestAndSaysToCall(String street) {
		Document page = answer("/fr/search?q={s}", street);

		assertThat(page.select("section h2").text()).isEqualTo("Le bureau le plus proche");
		assertThat(page.select("section h3").eachText()).containsExactly("Neder-over-Heembeek");
		assertThat(page.select("section").text()).contains(
				"C'est le bureau le plus proche, pas forcément celui de votre quartier. Appelez-le pour vérifier");
	}

	@Test
	@Transactional
	void givesTheOfficeWhoseServiceAreaHoldsTheStreetOnceStaffAssignIt() {
		this.jdbc.sql("""
				insert into office_neighbourhood (office_id, neighbourhood_code)
				select o.id, s.neighbourhood_code from office o, city_street s
				where o.slug = 'neder-over-heembeek' and s.name_fr = 'Avenue des Croix de Guerre'""").update();

		Document page = answer("/en/search?q={s}", "oorlogskruisenlaan");

		assertThat(page.select("section h2").text()).isEqualTo("Your office");
		assertThat(page.select("section p").first().text())
			.isEqualTo("For Avenue des Croix de Guerre / Oorlogskruisenlaan, your office is:");
		assertThat(page.select("section h3").eachText()).containsExactly("Neder-over-Heembeek");
		assertThat(page.select("section").text()).doesNotContain("nearest office");
	}

	@Test
	void answersRueRoyaleWithTheNearestOfficeAndNamesTheOtherMunicipalitiesWithThatStreet() {
		Document page = answer("/fr/search?q={s}", "Rue Royale");

		assertThat(page.select("section p").first().text()).isEqualTo("Le bureau le plus proche de la rue Royale :");
		assertThat(page.select("section h3")).hasSize(1);
		assertThat(page.select("section .distance")).as("a street's point is not the resident's door").isEmpty();
		assertThat(page.select("section").text()).contains("pas forcément celui de votre quartier")
			.contains("existe aussi hors de la Ville de Bruxelles, à : Saint-Josse-ten-Noode, Schaerbeek");
	}

	@Test
	void saysWhichMunicipalityAStreetOutsideTheCityBelongsTo() {
		Document page = answer("/nl/search?q={s}", "Louis Bertrandlaan");

		assertThat(page.select("section h2").text()).isEqualTo("Buiten de Stad Brussel");
		assertThat(page.select("section p").first().text()).isEqualTo(
				"Dit ligt in: Schaarbeek. Deze website gaat alleen over de Stad Brussel. Neem contact op met uw gemeente.");
		assertThat(page.select("section ul.offices li")).isEmpty();
	}

	@Test
	void offersAChoiceWhenSeveralStreetsMatchAndAnswersTheChosenOne() {
		Document choice = answer("/fr/search?q={s}", "Avenue de Versailles");

		assertThat(choice.select("section p").first().text()).isEqualTo("Quelle est votre rue ?");
		assertThat(choice.select("section ul.choices a").eachText()).containsExactly("Avenue de Versailles (1020)",
				"Avenue de Versailles (1120)");
		String chosen = choice.select("section ul.choices a").get(1).attr("href");

		Document answer = Html.page(this.mvc, chosen);

		assertThat(answer.select("section h3").eachText()).containsExactly("Neder-over-Heembeek");
	}

	@Test
	void keepsTheFinderAddressesAsRedirectsToTheOneSearch() {
		assertThat(this.mvc.get().uri("/fr/my-office?street=Rue+Haute&id=12").exchange())
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/fr/search?q=Rue+Haute&street=12");
		assertThat(this.mvc.get().uri("/nl/my-office").exchange()).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/nl/search");
	}

	@Test
	void neverOffersRoadTunnelsAsStreets() {
		assertThat(answer("/fr/search?q={s}", "Tunnel Léopold II").select("section ul.choices a").eachText())
			.isNotEmpty()
			.noneMatch((street) -> street.startsWith("Tunnel"));
	}

	@Test
	void namesTheNeighbourhoodOfTheStreetWithItsAccents() {
		assertThat(answer("/fr/search?q={s}", "Boulevard de Dixmude").select("section .answer-neighbourhood").text())
			.isEqualTo("Quartier : Béguinage - Dixmude");
	}

	@Test
	void answers1120And1130DirectlyAndAsksForTheStreetFor1000And1020() {
		assertThat(answer("/fr/search?q={s}", "1120").select("section h3").eachText())
			.containsExactly("Neder-over-Heembeek");
		assertThat(answer("/fr/search?q={s}", "1130").select("section h3").eachText())
			.containsExactly("Neder-over-Heembeek");
		for (String postalCode : List.of("1000", "1020")) {
			Document page = answer("/fr/search?q={s}", postalCode);
			assertThat(page.select("section h2").text()).isEqualTo("Votre rue, s'il vous plaît");
			assertThat(page.select("section p").first().text()).contains("Le code postal " + postalCode
					+ " couvre plusieurs quartiers, avec des bureaux différents. Écrivez aussi le nom de votre rue.");
		}
	}

	@Test
	void saysToCallWhenAKnownStreetHasNoPointAndListsEveryOffice() {
		Document page = answer("/nl/search?q={s}", "Derbylaan");

		assertThat(page.select("section h2").text()).isEqualTo("Bel een kantoor");
		assertThat(page.select("section p").first().text()).startsWith("We kennen de Derbylaan, maar nog niet");
		assertThat(page.select("section ul.offices h3")).hasSize(6);
	}

	@Test
	void saysPlainlyWhenNoStreetMatchesAndListsEveryOffice() {
		Document page = answer("/en/search?q={s}", "Qwxz Street");

		assertThat(page.select("section h2").text()).isEqualTo("No answer for \"Qwxz Street\"");
		assertThat(page.select("section ul.offices h3")).hasSize(6);
		assertThat(page.select("section a[href^=tel:]")).hasSize(10);
	}

	@Test
	void answersAnOverlongStreetWithTheErrorSummary() {
		MvcTestResult result = this.mvc.get().uri("/fr/search?q={s}", "r".repeat(201)).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		assertThat(Html.parse(result).select(".error-summary a[href=#q]").text())
			.isEqualTo("Votre texte est trop long. Écrivez au maximum 200 caractères.");
	}

	@Test
	void answersTheQuestionWhenTheChosenStreetIsMangled() {
		MvcTestResult result = this.mvc.get().uri("/fr/search?q=Rue+Haute&street=abc").exchange();

		assertThat(result).hasStatusOk();
		Document page = Html.parse(result);
		assertThat(page.select(".error-summary")).isEmpty();
		assertThat(page.select("section.answer").text()).contains("Marolles");
	}

	@Test
	void listsTheThreeOfficesNearestAPointWithTheirDistance() {
		Document page = answer("/en/nearest?lat={lat}&lon=4.348", "50.837");

		assertThat(page.select("main ol.offices h3").eachText()).hasSize(3).first().isEqualTo("Marolles");
		assertThat(page.select("main ol.offices .distance").eachText()).first().isEqualTo("About 100 m away");
		assertThat(page.select("main ol.offices .distance").eachText())
			.allMatch((text) -> text.matches("About (\\d00 m|\\d+[.,][05] km) away"));
		assertThat(page.select("main p").text()).doesNotContain("not in the City");
	}

	@Test
	void saysSoWhenThePositionIsOutsideTheCity() {
		Document page = answer("/en/nearest?lat={lat}&lon=4.335", "50.800");

		assertThat(page.select("main .notice-outside").text()).isEqualTo(
				"Your location is not in the City of Brussels: these offices only serve the City. Please contact your municipality.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "lat=north&lon=4.3", "lat=95&lon=4.3", "lon=4.3", "lat=50.8&lon=400" })
	void answersAnUnreadableLocationWithAMessageAndEveryOffice(String query) {
		MvcTestResult result = this.mvc.get().uri("/fr/nearest?" + query).exchange();

		assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
		Document page = Html.parse(result);
		assertThat(page.select("main p").first().text())
			.isEqualTo("Votre position n'a pas pu être lue. Voici les bureaux et leurs numéros de téléphone.");
		assertThat(page.select("main ul.offices h3")).hasSize(6);
	}

	@Test
	void suggestsStreetNamesInThePageLanguageAndNothingForOddInput() throws Exception {
		String dutch = this.mvc.get().uri("/nl/streets?q=vossen").exchange().getResponse().getContentAsString();
		String french = this.mvc.get().uri("/fr/streets?q=vosenstraat").exchange().getResponse().getContentAsString();

		assertThat(dutch).isEqualTo("[\"Vossenplein\",\"Vossenstraat\"]");
		assertThat(french).startsWith("[\"Rue des Renards\"");
		assertThat(this.mvc.get().uri("/fr/streets?q=vo").exchange().getResponse().getContentAsString())
			.isEqualTo("[]");
		assertThat(this.mvc.get().uri("/fr/streets?q={q}", "x".repeat(300)).exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/fr/streets").exchange().getResponse().getContentAsString()).isEqualTo("[]");
	}

	@Test
	void homePageOffersTheStreetFinderWithoutJavaScript() {
		Document page = Html.page(this.mvc, "/fr/");

		assertThat(page.select("main form[method=get][action=/fr/search] input#q[name=q]")).hasSize(1);
		assertThat(page.select("label[for=q]").text()).isEqualTo("Votre rue, votre quartier ou votre question");
		assertThat(page.select("#q").attr("aria-describedby")).isEqualTo("q-hint");
	}

	private Document answer(String uri, String value) {
		MvcTestResult result = this.mvc.get().uri(uri, value).exchange();
		assertThat(result).hasStatusOk();
		return Html.parse(result);
	}

}
