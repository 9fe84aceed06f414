package be.brussels.mediation.opendata;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.office.PublishedOffices;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The HSDS 3.0 API, every answer checked against Open Referral's own JSON Schemas (copied
 * in {@code src/test/resources/hsds}, with their licence), formats included.
 */
@SiteTest
class HsdsApiTests {

	private static final String SCHEMAS = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/";

	private static final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
			(builder) -> builder.schemaIdResolvers((resolvers) -> resolvers.mapPrefix(SCHEMAS, "classpath:hsds/")));

	private final HttpClient http = HttpClient.newHttpClient();

	private final AtomicInteger clients = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfficeRepository offices;

	@Autowired
	PublishedOffices published;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void publishEveryOffice() {
		this.jdbc.sql("update office set published = true, email = null, checked_at = null").update();
		this.jdbc.sql("delete from office_neighbourhood").update();
		this.published.changed();
	}

	@Test
	void listsEveryPublishedOfficeAsAServiceThatConformsToTheStandard() {
		JsonNode page = pageOf("/api/hsds/services", "compiled/service_list.json");
		assertThat(page.get("total_items").asInt()).isEqualTo(6);
		assertThat(page.get("contents").valueStream().map((service) -> service.get("name").asString()))
			.contains("Médiation sociale Marolles");
		JsonNode full = pageOf("/api/hsds/services?full=true&lang=nl", "compiled/service_with_definitions.json");
		JsonNode marolles = full.get("contents")
			.valueStream()
			.filter((service) -> service.get("url").asString().endsWith("/nl/offices/marolles"))
			.findFirst()
			.orElseThrow();
		assertThat(marolles.get("phones").get(0).get("number").asString()).startsWith("+32");
		assertThat(marolles.get("attributes").size())
			.isEqualTo(read(get("/api/hsds/taxonomy_terms")).get("total_items").asInt());
		assertThat(marolles.get("service_at_locations")
			.get(0)
			.get("location")
			.get("addresses")
			.get(0)
			.get("city")
			.asString()).isEqualTo("Brussel");
	}

	@Test
	void givesAServiceAServiceAtLocationAnOrganizationAndTheTaxonomyByIdConformingToTheStandard() {
		JsonNode services = pageOf("/api/hsds/services", "compiled/service_list.json");
		String service = services.get("contents").get(0).get("id").asString();
		JsonNode full = valid("/api/hsds/services/" + service, "compiled/service_with_definitions.json");
		assertThat(full.get("id").asString()).isEqualTo(service);

		JsonNode links = pageOf("/api/hsds/service_at_locations", "compiled/service_at_location_list.json");
		String link = links.get("contents").get(0).get("id").asString();
		valid("/api/hsds/service_at_locations/" + link, "service_at_location.json");
		pageOf("/api/hsds/service_at_locations?full=true", "compiled/service_at_location_list.json");

		JsonNode organizations = pageOf("/api/hsds/organizations", "compiled/organization_list.json");
		String organization = organizations.get("contents").get(0).get("id").asString();
		JsonNode withServices = valid("/api/hsds/organizations/" + organization + "?full_service=true",
				"organization.json");
		assertThat(withServices.get("locations").size()).isEqualTo(6);
		assertThat(withServices.get("services").size()).isEqualTo(6);

		JsonNode taxonomies = pageOf("/api/hsds/taxonomies", "taxonomy.json");
		valid("/api/hsds/taxonomies/" + taxonomies.get("contents").get(0).get("id").asString(), "taxonomy.json");
		JsonNode terms = pageOf("/api/hsds/taxonomy_terms?lang=en", "taxonomy_term.json");
		assertThat(terms.get("contents").valueStream().map((term) -> term.get("name").asString())).contains("Debt");
		valid("/api/hsds/taxonomy_terms/" + terms.get("contents").get(0).get("id").asString(), "taxonomy_term.json");
	}

	@Test
	void describesItselfAtItsRoot() {
		JsonNode root = read(get("/api/hsds/"));
		assertThat(root.get("version").asString()).isEqualTo("3.0");
		assertThat(root.get("openapi_url").asString()).endsWith("/api/hsds/openapi.json");
	}

	@Test
	void answersEveryPathAndParameterItsOpenApiDescriptionNamesAndEveryPathOfTheStandards() throws IOException {
		JsonNode description = read(get("/api/hsds/openapi.json"));
		JsonNode standard;
		try (var file = new ClassPathResource("opendata/hsds-openapi.json").getInputStream()) {
			standard = this.json.readTree(file);
		}
		assertThat(description.get("paths").propertyNames())
			.containsExactlyInAnyOrderElementsOf(standard.get("paths").propertyNames());
		assertThat(description.get("info").get("title").asString()).doesNotContain("REQUIRED");
		Map<String, String> ids = Map.of("/services/{id}", firstId("/api/hsds/services"), "/service_at_locations/{id}",
				firstId("/api/hsds/service_at_locations"), "/organizations/{id}", firstId("/api/hsds/organizations"),
				"/taxonomies/{id}", firstId("/api/hsds/taxonomies"), "/taxonomy_terms/{id}",
				firstId("/api/hsds/taxonomy_terms"));
		Map<String, String> samples = Map.of("integer", "1", "boolean", "true", "string", "a");
		description.get("paths").properties().forEach((entry) -> {
			String path = "/api/hsds" + entry.getKey().replace("{id}", ids.getOrDefault(entry.getKey(), ""));
			assertThat(get(path).statusCode()).as(path).isEqualTo(200);
			for (JsonNode parameter : entry.getValue().get("get").get("parameters")) {
				JsonNode defined = parameter.has("$ref") ? description.at(parameter.get("$ref").asString().substring(1))
						: parameter;
				String name = defined.get("name").asString();
				String value = switch (name) {
					case "format" -> "json";
					case "lang" -> "nl";
					case "modified_after" -> "2026-01-01";
					case "taxonomy_id", "taxonomy_term_id", "organization_id", "parent_id" ->
						UUID.randomUUID().toString();
					default -> samples.get(defined.get("schema").get("type").asString());
				};
				String asked = path + "?" + name + "=" + value;
				assertThat(get(asked).statusCode()).as(asked).isEqualTo(200);
			}
		});
	}

	private String firstId(String list) {
		return read(get(list)).get("contents").get(0).get("id").asString();
	}

	@Test
	void pagesAndFiltersAsTheStandardSays() {
		JsonNode second = pageOf("/api/hsds/services?per_page=4&page=2", "compiled/service_list.json");
		assertThat(second.get("total_pages").asInt()).isEqualTo(2);
		assertThat(second.get("size").asInt()).isEqualTo(2);
		assertThat(second.get("first_page").asBoolean()).isFalse();
		assertThat(second.get("last_page").asBoolean()).isTrue();

		JsonNode empty = pageOf("/api/hsds/services?page=3&per_page=4", "compiled/service_list.json");
		assertThat(empty.get("empty").asBoolean()).isTrue();
		assertThat(empty.get("contents").size()).isZero();

		assertThat(
				pageOf("/api/hsds/services?search=marolles", "compiled/service_list.json").get("total_items").asInt())
			.isEqualTo(1);
		assertThat(
				pageOf("/api/hsds/services?search=Neder-over-Heembeek", "compiled/service_list.json").get("total_items")
					.asInt())
			.isEqualTo(1);
		String debt = read(get("/api/hsds/taxonomy_terms?search=dettes")).get("contents").get(0).get("id").asString();
		assertThat(
				pageOf("/api/hsds/services?taxonomy_term_id=" + debt, "compiled/service_list.json").get("total_items")
					.asInt())
			.isEqualTo(6);
		// An offset's "+" left unencoded, as people type it.
		assertThat(pageOf("/api/hsds/services?modified_after=2020-01-01T00:00:00+01:00", "compiled/service_list.json")
			.get("total_items")
			.asInt()).isEqualTo(6);
		JsonNode minimal = read(get("/api/hsds/services?minimal=true"));
		assertThat(minimal.get("contents").get(0).propertyNames()).containsExactlyInAnyOrder("id", "modified_date");
	}

	@Test
	void showsAChangedOfficeAfterItsChangeKeepingItsIdentifier() throws InterruptedException {
		String before = marollesService().get("id").asString();
		String changedAfter = Instant.now().toString();
		Thread.sleep(5);
		this.transactions.executeWithoutResult((status) -> this.offices.findAll()
			.stream()
			.filter((office) -> office.getSlug().equals("marolles"))
			.findFirst()
			.orElseThrow()
			.setEmail("marolles@example.org"));
		this.published.changed();
		JsonNode changed = pageOf("/api/hsds/services?modified_after=" + changedAfter, "compiled/service_list.json");
		assertThat(changed.get("total_items").asInt()).isEqualTo(1);
		assertThat(changed.get("contents").get(0).get("id").asString()).isEqualTo(before);
		assertThat(changed.get("contents").get(0).get("email").asString()).isEqualTo("marolles@example.org");

		// Checked by staff without a change: a consumer hears of the new check date too.
		String checkedAfter = Instant.now().toString();
		this.jdbc.sql("update office set checked_at = now() + interval '1 second' where slug = 'laeken-north'")
			.update();
		this.published.changed();
		JsonNode checked = pageOf("/api/hsds/services?modified_after=" + checkedAfter, "compiled/service_list.json");
		assertThat(checked.get("contents").valueStream().map((service) -> service.get("url").asString()))
			.anySatisfy((url) -> assertThat(url).endsWith("/offices/laeken-north"));
	}

	@Test
	void publishesOnlyPublishedOfficesAndNoStaffData() {
		this.jdbc.sql("update office set published = false where slug = 'marolles'").update();
		this.published.changed();
		String service = marollesServiceId();
		assertThat(pageOf("/api/hsds/services", "compiled/service_list.json").get("total_items").asInt()).isEqualTo(5);
		assertThat(get("/api/hsds/services/" + service).statusCode()).isEqualTo(404);
		String everything = get("/api/hsds/organizations?full=true&full_service=true").body();
		assertThat(everything).doesNotContain("checked_by", "admin", "Marolles");
	}

	@Test
	void givesTheServiceAreaAsGeoJson() {
		this.jdbc.sql("""
				insert into office_neighbourhood (office_id, neighbourhood_code)
				select id, 1 from office where slug = 'marolles'""").update();
		this.published.changed();
		JsonNode area = marollesService().get("service_areas").get(0);
		assertThat(area.get("extent_type").asString()).isEqualTo("geojson");
		assertThat(this.json.readTree(area.get("extent").asString()).get("type").asString()).isEqualTo("Polygon");
	}

	@Test
	void refusesUnknownIdsAndBadParametersWithAMessageNeverAStackTrace() {
		HttpResponse<String> unknown = get("/api/hsds/services/7d1ecf0b-6b4c-4c4b-9c77-8f1d0b1a2b3c");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("application/problem+json"));
		assertThat(read(unknown).get("detail").asString()).isEqualTo("Aucun élément publié n'a cet identifiant.");
		assertThat(unknown.headers().firstValue("Cache-Control")).hasValue("no-store");
		assertThat(get("/api/hsds/services/not-a-uuid").statusCode()).isEqualTo(404);
		String service = marollesServiceId();
		assertThat(get("/api/hsds/services/" + service.toUpperCase(Locale.ROOT)).statusCode()).isEqualTo(404);
		assertThat(get("/api/hsds/services/%20" + service).statusCode()).isEqualTo(404);
		assertThat(get("/api/hsds/?x=1").statusCode()).isEqualTo(400);
		for (String bad : List.of("page=0", "page=x", "per_page=1000", "full=maybe", "modified_after=yesterday",
				"taxonomy_term_id=42", "format=xml", "lang=de", "colour=blue", "search=" + "a".repeat(201))) {
			HttpResponse<String> refused = get("/api/hsds/services?" + bad);
			assertThat(refused.statusCode()).as(bad).isEqualTo(400);
			assertThat(read(refused).get("detail").asString()).as(bad).doesNotContain("Exception").isNotBlank();
		}
		assertThat(read(get("/api/hsds/services?per_page=1000&lang=en")).get("detail").asString())
			.isEqualTo("The parameter ‘per_page’ must be a whole number from 1 to 100, not ‘1000’.");
	}

	@Test
	void letsOtherSitesReadItAndAnswers304ToAClientThatHasIt() {
		HttpResponse<String> first = get("/api/hsds/services");
		assertThat(first.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		String etag = first.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> again = send(HttpRequest.newBuilder(uri("/api/hsds/services"))
			.header("If-None-Match", etag)
			.header("Origin", "https://example.org")
			.build());
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
		assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(get("/fr/").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
		assertThat(get("/fr/admin/login").headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
	}

	private JsonNode marollesService() {
		return valid("/api/hsds/services/" + marollesServiceId(), "compiled/service_with_definitions.json");
	}

	private String marollesServiceId() {
		return this.offices.findAll()
			.stream()
			.filter((office) -> office.getSlug().equals("marolles"))
			.map(HsdsDocuments::serviceId)
			.findFirst()
			.orElseThrow()
			.toString();
	}

	/** A page of a list: its paging as the standard's OpenAPI says, each item valid. */
	private JsonNode pageOf(String path, String itemSchema) {
		JsonNode page = read(get(path));
		assertThat(page.propertyNames()).containsExactlyInAnyOrder("total_items", "total_pages", "page_number", "size",
				"first_page", "last_page", "empty", "contents");
		List<String> errors = new ArrayList<>();
		page.get("contents").forEach((item) -> errors.addAll(errorsOf(item, itemSchema)));
		assertThat(errors).as(path).isEmpty();
		return page;
	}

	private JsonNode valid(String path, String schema) {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		JsonNode document = read(response);
		assertThat(errorsOf(document, schema)).as(path).isEmpty();
		return document;
	}

	private static List<String> errorsOf(JsonNode document, String schemaFile) {
		Schema schema = registry.getSchema(SchemaLocation.of(SCHEMAS + schemaFile));
		return schema
			.validate(document.toString(), InputFormat.JSON,
					(context) -> context.executionConfig((config) -> config.formatAssertionsEnabled(true)))
			.stream()
			.map(Error::toString)
			.toList();
	}

	private JsonNode read(HttpResponse<String> response) {
		return this.json.readTree(response.body());
	}

	private HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(uri(path)).build());
	}

	/**
	 * Sends the request as from a client of its own (through the proxy the tests stand
	 * for), so that the tests' many requests meet no rate limit.
	 */

	private URI uri(String path) {
		return URI.create("http" + "://localhost:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) {
		int client = this.clients.incrementAndGet();
		HttpRequest fromClient = HttpRequest.newBuilder(request, (name, value) -> true)
			.header("X-Forwarded-For", "10.1." + (client / 250 % 250) + "." + (client % 250 + 1))
			.build();
		try {
			return this.http.send(fromClient, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
