package be.brussels.mediation.map;

import java.util.List;
import java.util.Map;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import com.jayway.jsonpath.JsonPath;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The maps' data is GeoJSON of the offices the page lists, and the map itself waits for
 * its script: without JavaScript, the list is the page.
 */
@SiteTest
class OfficeMapTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void servesThePublishedOfficesAsGeoJsonPointsInLongitudeLatitudeOrder() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/fr/offices.geojson").exchange();

		assertThat(result).hasStatusOk().hasContentType("application/geo+json");
		String json = result.getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(json, "$.type")).isEqualTo("FeatureCollection");
		assertThat(JsonPath.<List<String>>read(json, "$.features[*].properties.name")).hasSize(6)
			.contains("Médiation sociale Marolles");
		List<Map<String, Object>> marolles = JsonPath.read(json,
				"$.features[?(@.properties.url == '/fr/offices/marolles')].geometry");
		assertThat(marolles.get(0)).containsEntry("type", "Point")
			.containsEntry("coordinates", List.of(4.34759, 50.837065));
	}

	@Test
	void everyMarkerLeadsToAnOfficeThatTheHomePageListsAlready() throws Exception {
		String json = this.mvc.get().uri("/nl/offices.geojson").exchange().getResponse().getContentAsString();
		Document home = Html.page(this.mvc, "/nl/");

		assertThat(JsonPath.<List<String>>read(json, "$.features[*].properties.url"))
			.allSatisfy((url) -> assertThat(home.select("ul.offices a[href=" + url + "]")).hasSize(1));
	}

	@Test
	void anOfficePageMapShowsThatOfficeOnly() throws Exception {
		String json = this.mvc.get()
			.uri("/en/offices.geojson?office=senne")
			.exchange()
			.getResponse()
			.getContentAsString();

		assertThat(JsonPath.<List<String>>read(json, "$.features[*].properties.name"))
			.containsExactly("Social mediation Senne");
	}

	@Test
	void theMapIsHiddenUntilItsScriptRunsAndCanBeSkipped() {
		Document page = Html.page(this.mvc, "/fr/offices/marolles");

		assertThat(page.select("section.map-section[hidden][aria-labelledby=map-heading] h2#map-heading").text())
			.isEqualTo("Carte");
		assertThat(page.select("section.map-section a[href=#after-map]").text()).isEqualTo("Passer la carte");
		assertThat(page.select("#after-map")).hasSize(1);
		assertThat(page.select(".map").attr("data-source")).isEqualTo("/fr/offices.geojson?office=marolles");
		assertThat(page.select(".map").attr("data-zoom-in")).isEqualTo("Zoom avant");
	}

	@Test
	void theMapCreditsOpenStreetMapWithTheCopyrightSign() {
		Document page = Html.page(this.mvc, "/fr/");

		assertThat(page.select(".map").attr("data-attribution")).isEqualTo("\u00A9 OpenStreetMap");
	}

}
