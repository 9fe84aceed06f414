package be.brussels.mediation.office;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import ezvcard.Ezvcard;
import ezvcard.VCard;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class OfficePageTests {

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@Autowired
	OfficeRepository offices;

	@Autowired
	JdbcClient jdbc;

	@Test
	void showsTheMarollesAddressAndBothPhoneNumbers() {
		Document page = Html.page(this.mvc, "/fr/offices/marolles");

		assertThat(page.title()).isEqualTo("Médiation sociale Marolles – Ville de Bruxelles");
		assertThat(page.select("h1").text()).isEqualTo("Médiation sociale Marolles");
		assertThat(page.select("main address").text()).isEqualTo("Rue des Renards 10 1000 Bruxelles");
		assertThat(page.select("main a[href^=tel:]")).extracting((link) -> link.attr("href") + " " + link.text())
			.containsExactly("tel:+3225032565 02 503 25 65", "tel:+32499537481 0499 53 74 81");
		assertThat(page.select("main .phones li").eachText()).containsExactly("Téléphone : 02 503 25 65",
				"GSM : 0499 53 74 81");
	}

	@Test
	void linksToOpenStreetMapAtTheOfficeAndSaysThePointIsApproximate() {
		Document page = Html.page(this.mvc, "/fr/offices/marolles");

		assertThat(page.select("main a[href^=https://www.openstreetmap.org/]").attr("href"))
			.isEqualTo("https://www.openstreetmap.org/?mlat=50.837065&mlon=4.347590#map=18/50.837065/4.347590");
		assertThat(page.select("main a[href^=https://www.openstreetmap.org/]").text())
			.isEqualTo("Voir sur la carte OpenStreetMap (bureau Marolles)");
		assertThat(page.select("main").text()).contains("Le point sur la carte montre la rue");
	}

	@Test
	void saysWhichOtherOfficeSharesANumber() {
		Document laekenNorth = Html.page(this.mvc, "/fr/offices/laeken-north");
		Document laekenCentre = Html.page(this.mvc, "/fr/offices/laeken-centre");
		Document marolles = Html.page(this.mvc, "/fr/offices/marolles");

		assertThat(laekenNorth.select(".phones .hint").text())
			.isEqualTo("Ce numéro est aussi celui du bureau : Médiation sociale Laeken-Centre");
		assertThat(laekenNorth.select(".phones .hint a").attr("href")).isEqualTo("/fr/offices/laeken-centre");
		assertThat(laekenCentre.select(".phones li").first().select(".hint").text())
			.isEqualTo("Ce numéro est aussi celui du bureau : Médiation sociale Laeken-Nord");
		assertThat(laekenCentre.select(".phones li").last().select(".hint")).isEmpty();
		assertThat(marolles.select(".phones .hint")).isEmpty();
	}

	@Test
	@Transactional
	void marksAFrenchNameShownForWantOfAnEnglishOneAsFrench() {
		Office office = new Office("sans-nom-anglais", new LocalizedText("Quartier", "Wijk", null),
				new LocalizedText("Médiation sociale Quartier", "Sociale bemiddeling Wijk", null),
				new Address("Rue Haute", "Hoogstraat", "1", "1000", "Bruxelles", "Brussel"),
				new GeoPoint(50.84, 4.35, true));
		office.setPublished(true);
		this.offices.saveAndFlush(office);

		Document english = Html.page(this.mvc, "/en/offices/sans-nom-anglais");
		Document dutch = Html.page(this.mvc, "/nl/offices/sans-nom-anglais");

		assertThat(english.select("h1").text()).isEqualTo("Médiation sociale Quartier");
		assertThat(english.select("h1").attr("lang")).isEqualTo("fr");
		assertThat(dutch.select("h1").text()).isEqualTo("Sociale bemiddeling Wijk");
		assertThat(dutch.select("h1").hasAttr("lang")).isFalse();
	}

	@Test
	void answersAnUnknownOfficeWithTheSites404Page() {
		HttpResponse<String> response = Html.fetch(this.port, "GET", "/fr/offices/atlantis");

		assertThat(response.statusCode()).isEqualTo(404);
		Document page = Html.parse(response);
		assertThat(page.title()).isEqualTo("Page introuvable – Ville de Bruxelles");
		assertThat(page.select("h1").text()).isEqualTo("Page introuvable");
		assertThat(page.select("main a[href=/fr/]").text()).isEqualTo("Retour à la page d'accueil");
		assertThat(page.text()).doesNotContain("atlantis", "Exception", "slug");
		assertThat(page.select("main ul.offices h3")).hasSize(6);
		assertThat(page.select("main ul.offices a[href^=tel:]")).hasSize(10);
	}

	@Test
	void putsTheCallButtonsBeforeTheHoursTheAddressAndTheMap() {
		Document page = Html.page(this.mvc, "/fr/offices/marolles");

		String order = page.select("main .phones, main address, main .map-section, main table.hours")
			.stream()
			.map((element) -> element.tagName() + "." + element.className())
			.reduce("", (a, b) -> a + " " + b);
		assertThat(order.strip()).startsWith("ul.phones");
		assertThat(page.select("main a[href=/fr/offices/marolles/contact.vcf]").text())
			.isEqualTo("Enregistrer ce contact dans mon téléphone");
	}

	@Test
	void offersTheOfficeAsAContactThatReadsBackWithItsDetails() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/nl/offices/marolles/contact.vcf").exchange();

		assertThat(result).hasStatusOk().hasContentType("text/vcard;charset=UTF-8");
		assertThat(result).hasHeader("Content-Disposition", "attachment; filename=\"marolles.vcf\"");
		VCard card = Ezvcard.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8)).first();
		assertThat(card.getFormattedName().getValue()).isEqualTo("Sociale bemiddeling Marollen");
		assertThat(card.getOrganization().getValues()).containsExactly("Stad Brussel", "Sociale bemiddeling");
		assertThat(card.getAddresses())
			.extracting((address) -> address.getLanguage() + ": " + address.getStreetAddress() + ", "
					+ address.getPostalCode() + " " + address.getLocality())
			.containsExactly("fr: Rue des Renards 10, 1000 Bruxelles", "nl: Vossenstraat 10, 1000 Brussel");
		assertThat(card.getTelephoneNumbers()).extracting((phone) -> phone.getUri().getNumber())
			.containsExactly("+3225032565", "+32499537481");
		assertThat(card.getUrls().get(0).getValue()).endsWith("/nl/offices/marolles");
		assertThat(card.getGeo().getLatitude()).isEqualTo(50.837065);
		assertThat(card.getGeo().getLongitude()).isEqualTo(4.34759);
	}

	@Test
	void listsTheOfficesAtTheirOwnAddress() {
		Document page = Html.page(this.mvc, "/nl/offices");

		assertThat(page.select("h1").text()).isEqualTo("De kantoren voor sociale bemiddeling");
		assertThat(page.select("main ul.offices h3").eachText()).containsExactly("Laken-Centrum", "Laken-Noord",
				"Marollen", "Neder-over-Heembeek", "Noord", "Zenne");
	}

	@Test
	void movesAddressesWrittenOtherwiseToTheOfficePageForGood() {
		assertThat(this.mvc.get().uri("/offices/marolles").header("Accept-Language", "nl-BE,nl;q=0.9").exchange())
			.hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/nl/offices/marolles");
		assertThat(this.mvc.get().uri("/offices").exchange()).hasStatus(HttpStatus.MOVED_PERMANENTLY)
			.hasHeader("Location", "/fr/offices");
		for (String[] moved : new String[][] { { "/fr/offices/marolles/", "/fr/offices/marolles" },
				{ "/fr/offices/", "/fr/offices" }, { "/fr/offices/nord", "/fr/offices/north" },
				{ "/nl/offices/noord", "/nl/offices/north" }, { "/nl/offices/laken-noord", "/nl/offices/laeken-north" },
				{ "/en/offices/marollen", "/en/offices/marolles" } }) {
			assertThat(this.mvc.get().uri(moved[0]).exchange()).as(moved[0])
				.hasStatus(HttpStatus.MOVED_PERMANENTLY)
				.hasHeader("Location", moved[1]);
		}
	}

	@Test
	@Transactional
	void answersAnArchivedOfficeWith410AndTheCurrentOfficesAndTheirPhones() {
		this.jdbc.sql("update office set archived = true, published = false where slug = 'senne'").update();

		MvcTestResult result = this.mvc.get().uri("/fr/offices/senne").exchange();

		assertThat(result).hasStatus(HttpStatus.GONE);
		Document page = Html.parse(result);
		assertThat(page.select("h1").text()).isEqualTo("Ce bureau n'est plus dans l'annuaire");
		assertThat(page.select("main ul.offices h3").eachText()).hasSize(5).doesNotContain("Senne");
		assertThat(page.select("main ul.offices a[href^=tel:]")).isNotEmpty();
	}

	@Test
	void answersAnOverlongOrOddSlugWith404NotAnError() {
		assertThat(Html.fetch(this.port, "GET", "/fr/offices/" + "x".repeat(5000)).statusCode()).isEqualTo(404);
		assertThat(Html.fetch(this.port, "GET", "/fr/offices/%3Cscript%3E").statusCode()).isEqualTo(404);
		HttpResponse<String> slashed = Html.fetch(this.port, "GET", "/fr/offices/%7Bx%7D%3Cb%3E/");
		assertThat(slashed.statusCode()).isEqualTo(301);
		assertThat(slashed.headers().firstValue("Location")).hasValue("/fr/offices/%7Bx%7D%3Cb%3E");
	}

}
