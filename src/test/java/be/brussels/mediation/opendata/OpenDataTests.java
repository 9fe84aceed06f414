package be.brussels.mediation.opendata;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The downloads, the DCAT-AP catalogue and the "Open data" page.
 */
@SiteTest
class OpenDataTests {

	@LocalServerPort
	int port;

	@Autowired
	MockMvc mvc;

	@Autowired
	JsonMapper json;

	@Test
	void givesEveryOfficeAsACsvRowThatASpreadsheetReadsWithItsAccents() throws Exception {
		MvcResult answer = this.mvc.perform(get("/open-data/offices.csv")).andExpect(status().isOk()).andReturn();
		assertThat(answer.getResponse().getContentType()).isEqualTo("text/csv;charset=UTF-8");
		assertThat(answer.getResponse().getHeader("Content-Disposition")).contains("offices.csv");
		byte[] bytes = answer.getResponse().getContentAsByteArray();
		// The byte order mark by which spreadsheets know the file is UTF-8.
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		List<CSVRecord> rows;
		try (CSVParser csv = CSVParser.parse(new StringReader(text),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			assertThat(csv.getHeaderNames()).isEqualTo(OfficeRecords.FIELDS);
			rows = csv.getRecords();
		}
		assertThat(rows).hasSize(6);
		CSVRecord laeken = rows.stream()
			.filter((row) -> row.get("slug").equals("laeken-north"))
			.findFirst()
			.orElseThrow();
		assertThat(laeken.get("name_fr")).isEqualTo("Médiation sociale Laeken-Nord");
		assertThat(laeken.get("street_fr")).isEqualTo("Avenue de l'Héliport");
		assertThat(laeken.get("district_nl")).isEqualTo("Laken-Noord");
		assertThat(laeken.get("page_nl")).endsWith("/nl/offices/laeken-north");
		CSVRecord centre = rows.stream()
			.filter((row) -> row.get("slug").equals("laeken-centre"))
			.findFirst()
			.orElseThrow();
		assertThat(centre.get("phones")).isEqualTo("+3224278344; +32475355358");
	}

	@Test
	void givesTheSameOfficesAsJsonAndGeoJson() throws Exception {
		JsonNode offices = read("/open-data/offices.json");
		assertThat(offices.size()).isEqualTo(6);
		assertThat(offices.get(0).propertyNames()).containsExactlyInAnyOrderElementsOf(OfficeRecords.FIELDS);
		JsonNode map = read("/open-data/offices.geojson");
		assertThat(map.get("type").asString()).isEqualTo("FeatureCollection");
		assertThat(map.get("features").size()).isEqualTo(6);
		JsonNode point = map.get("features").get(0).get("geometry").get("coordinates");
		assertThat(point.get(0).asDouble()).isBetween(4.2, 4.5);
		assertThat(point.get(1).asDouble()).isBetween(50.7, 51.0);
	}

	@Test
	void givesHsdsTabularFormWithEveryTableOfTheStandardAndItsColumns() throws Exception {
		byte[] zip = this.mvc.perform(get("/open-data/hsds-nl.zip"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		Map<String, String> files = new HashMap<>();
		try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				files.put(entry.getName(), new String(entries.readAllBytes(), StandardCharsets.UTF_8));
			}
		}
		// The standard's compiled/tabular.json, as published (kept once, beside the
		// code).
		JsonNode standard;
		try (var file = getClass().getResourceAsStream("/opendata/hsds-tabular.json")) {
			standard = this.json.readTree(file);
		}
		assertThat(this.json.readTree(files.get("datapackage.json")).get("resources").size())
			.isEqualTo(standard.get("properties").size());
		standard.get("properties").properties().forEach((table) -> {
			JsonNode definition = table.getValue().has("items") ? table.getValue().get("items") : table.getValue();
			List<String> columns = definition.get("properties")
				.properties()
				.stream()
				.filter((column) -> !List.of("array", "object").contains(column.getValue().path("type").asString("")))
				.map(Map.Entry::getKey)
				.toList();
			String csv = files.get(definition.get("path").asString());
			assertThat(csv).as(table.getKey()).isNotNull();
			assertThat(csv.lines().findFirst().orElseThrow().split(",")).as(table.getKey())
				.containsExactlyElementsOf(columns);
		});
		List<CSVRecord> services = csv(files.get("services.csv"));
		assertThat(services).hasSize(6);
		assertThat(services).extracting((row) -> row.get("name")).contains("Sociale bemiddeling Marollen");
		assertThat(csv(files.get("locations.csv"))).hasSize(6);
		assertThat(csv(files.get("addresses.csv"))).hasSize(12);
		assertThat(csv(files.get("phones.csv")))
			.allSatisfy((phone) -> assertThat(phone.get("service_id") + phone.get("location_id")).isNotEmpty());
		assertThat(csv(files.get("taxonomies.csv"))).hasSize(1);
	}

	private static List<CSVRecord> csv(String text) throws IOException {
		try (CSVParser csv = CSVParser.parse(new StringReader(text),
				CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			return csv.getRecords();
		}
	}

	@Test
	void describesTheDatasetsAndTheApiInDcatAp() throws Exception {
		JsonNode catalogue = read("/open-data/catalogue.jsonld");
		assertThat(catalogue.get("@type").asString()).isEqualTo("dcat:Catalog");
		assertThat(catalogue.get("@context").get("dcat").asString()).isEqualTo("http://www.w3.org/ns/dcat#");
		JsonNode dataset = catalogue.get("dcat:dataset").get(0);
		assertThat(dataset.get("dct:license").get("@id").asString())
			.isEqualTo("https://creativecommons.org/licenses/by/4.0/");
		assertThat(dataset.get("dct:title").valueStream().map((title) -> title.get("@language").asString()))
			.containsExactlyInAnyOrder("fr", "nl", "en");
		for (JsonNode distribution : dataset.get("dcat:distribution")) {
			String url = distribution.get("dcat:downloadURL").get("@id").asString();
			this.mvc.perform(get(url.substring(url.indexOf("/open-data/")))).andExpect(status().isOk());
		}
		assertThat(catalogue.get("dcat:service").get(0).get("dcat:endpointDescription").get("@id").asString())
			.endsWith("/api/hsds/openapi.json");
	}

	@Test
	void saysWhatEachFileHoldsAndOnWhatTermsLinkedFromEveryPagesFooter() {
		StaffBrowser resident = new StaffBrowser(this.port);
		Document home = resident.get("/nl/");
		assertThat(home.select("footer a[href=/nl/open-data]").text()).isEqualTo("Open data");
		Document page = resident.get("/en/open-data");
		assertThat(page.select("h1").text()).isEqualTo("Open data");
		assertThat(page.select("main a").eachAttr("href")).contains("/open-data/offices.csv", "/open-data/offices.json",
				"/open-data/offices.geojson", "/api/hsds/", "/api/hsds/openapi.json", "/open-data/catalogue.jsonld",
				"https://creativecommons.org/licenses/by/4.0/");
		assertThat(page.select("main").text()).contains("CC BY 4.0", "Credit the source: Ville de Bruxelles", "ODbL",
				"Last change to an office:");
	}

	private JsonNode read(String path) throws Exception {
		return this.json.readTree(this.mvc.perform(get(path))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

}
