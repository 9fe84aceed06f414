package be.brussels.mediation.office;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import be.brussels.mediation.TestClock;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office page with Marolles' hours entered (Monday to Friday, 9:00 to 12:00 and 13:30
 * to 16:30) at fixed moments in Brussels.
 */
@SiteTest
class OpeningHoursPageTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	JsonMapper json;

	@BeforeEach
	void enterMarollesHours() {
		this.jdbc.sql("""
				insert into office_session (office_id, position, day_of_week, opens, closes, mode)
				select o.id, (d - 1) * 2 + s, d, t.opens, t.closes, 'WALK_IN'
				from office o, generate_series(1, 5) d,
				     (values (0, time '09:00', time '12:00'), (1, time '13:30', time '16:30')) t(s, opens, closes)
				where o.slug = 'marolles'""").update();
	}

	@AfterEach
	void removeHours() {
		this.jdbc.sql("delete from office_session").update();
		this.clock.reset();
	}

	private Document officePage(String language, String brusselsTime) {
		this.clock.set(LocalDateTime.parse(brusselsTime));
		StaffBrowser resident = new StaffBrowser(this.port);
		return resident.get("/" + language + "/offices/marolles");
	}

	@Test
	void saysOpenOrClosedAndWhenInEveryLanguage() {
		assertThat(officePage("en", "2026-11-24T10:00").select(".opening-status").text())
			.isEqualTo("Open now, until 12:00.");
		assertThat(officePage("fr", "2026-11-24T10:00").select(".opening-status").text())
			.isEqualTo("Ouvert maintenant, jusqu'à 12 h.");
		assertThat(officePage("nl", "2026-11-24T10:00").select(".opening-status").text())
			.isEqualTo("Nu open, tot 12:00.");
		assertThat(officePage("en", "2026-11-24T12:30").select(".opening-status").text())
			.isEqualTo("Closed, opens at 13:30.");
		assertThat(officePage("en", "2027-03-29T10:00").select(".opening-status").text())
			.isEqualTo("Closed today (public holiday: Easter Monday). Opens tomorrow at 9:00.");
	}

	@Test
	void aPageKeptRenderedSaysClosedFromTheMinuteTheOfficeCloses() {
		assertThat(officePage("en", "2026-11-24T11:59:30").select(".opening-status").text())
			.isEqualTo("Open now, until 12:00.");
		assertThat(officePage("en", "2026-11-24T11:59:59").select(".opening-status").text())
			.isEqualTo("Open now, until 12:00.");
		assertThat(officePage("en", "2026-11-24T12:00").select(".opening-status").text())
			.isEqualTo("Closed, opens at 13:30.");
	}

	@Test
	void showsTheWeekInATableAndTheComingClosures() {
		Document page = officePage("en", "2027-03-20T10:00");
		assertThat(page.select("table.hours caption").text()).isEqualTo("Usual opening hours");
		assertThat(page.select("table.hours tbody th[scope=row]")).hasSize(7);
		assertThat(page.select("table.hours tbody tr").first().text())
			.isEqualTo("Monday 9:00\u2060–\u206012:00 and 13:30\u2060–\u206016:30");
		assertThat(page.select("table.hours tbody tr").last().text()).isEqualTo("Sunday Closed");
		assertThat(page.select("h3 + ul li").eachText()).contains("Monday 29 March: Closed (Easter Monday)");
	}

	@Test
	void officesWithoutHoursSayTheyAreNotPublishedAndShowNoTimes() {
		Document page = officePage("en", "2026-11-24T10:00");
		StaffBrowser resident = new StaffBrowser(this.port);
		Document senne = resident.get("/en/offices/senne");
		assertThat(senne.select(".opening-status").text())
			.isEqualTo("Opening hours not yet published: call before you go.");
		assertThat(senne.select("table.hours")).isEmpty();
		assertThat(senne.select("main").text()).doesNotContainPattern("\\d{1,2}:\\d{2}");
		assertThat(page.select("table.hours")).hasSize(1);
	}

	@Test
	void describesTheOfficeAsASchemaOrgGovernmentOfficeWithItsHours() {
		Document page = officePage("en", "2027-03-20T10:00");
		JsonNode office = this.json.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(office.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(office.get("@type").asString()).isEqualTo("GovernmentOffice");
		assertThat(office.get("address").get("@type").asString()).isEqualTo("PostalAddress");
		assertThat(office.get("openingHoursSpecification")).hasSize(10);
		assertThat(office.get("openingHoursSpecification").get(0).toString())
			.isEqualTo("{\"@type\":\"OpeningHoursSpecification\",\"closes\":\"12:00\","
					+ "\"dayOfWeek\":\"https://schema.org/Monday\",\"opens\":\"09:00\"}");
		assertThat(office.get("specialOpeningHoursSpecification").get(0).toString())
			.isEqualTo("{\"@type\":\"OpeningHoursSpecification\",\"closes\":\"00:00\",\"opens\":\"00:00\","
					+ "\"validFrom\":\"2027-03-29\",\"validThrough\":\"2027-03-29\"}");
	}

	/**
	 * Every instance writes the same bytes (an order that changed from one JVM to the
	 * next gave the page a different ETag on each instance): the keys in order at every
	 * level.
	 */
	@Test
	void writesTheJsonLdKeysInTheSameOrderOnEveryInstance() {
		JsonNode office = this.json
			.readTree(officePage("en", "2027-03-20T10:00").select("script[type=application/ld+json]").html());
		assertKeysInOrder(office);
	}

	private static void assertKeysInOrder(JsonNode node) {
		if (node.isObject()) {
			List<String> keys = new ArrayList<>(node.propertyNames());
			assertThat(keys).isSorted();
		}
		node.forEach(OpeningHoursPageTests::assertKeysInOrder);
	}

	/**
	 * The schema.org terms the office page may use, by type, as schema.org defines them
	 * (properties of the type or of its ancestors: GovernmentOffice is a LocalBusiness,
	 * itself an Organization and a Place). No copy of the whole vocabulary is available
	 * offline, so the test checks against this list, taken from schema.org's pages.
	 */
	static final Map<String, Set<String>> SCHEMA_ORG = Map.of("GovernmentOffice",
			Set.of("name", "url", "address", "geo", "telephone", "email", "openingHoursSpecification",
					"specialOpeningHoursSpecification"),
			"PostalAddress", Set.of("streetAddress", "postalCode", "addressLocality", "addressCountry"),
			"GeoCoordinates", Set.of("latitude", "longitude"), "OpeningHoursSpecification",
			Set.of("dayOfWeek", "opens", "closes", "validFrom", "validThrough"));

	static final Set<String> DAYS = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
			"Sunday");

	@Test
	void usesOnlySchemaOrgTypesAndTheirPropertiesWithValidValues() {
		JsonNode office = this.json
			.readTree(officePage("nl", "2027-03-20T10:00").select("script[type=application/ld+json]").html());
		checkSchemaOrg(office);
	}

	private static void checkSchemaOrg(JsonNode node) {
		if (node.isArray()) {
			node.forEach(OpeningHoursPageTests::checkSchemaOrg);
			return;
		}
		if (!node.isObject()) {
			return;
		}
		String type = node.get("@type").asString();
		assertThat(SCHEMA_ORG).containsKey(type);
		node.propertyNames().forEach((property) -> {
			if (!property.startsWith("@")) {
				assertThat(SCHEMA_ORG.get(type)).as(type).contains(property);
			}
		});
		if (node.has("dayOfWeek")) {
			assertThat(node.get("dayOfWeek").asString()).startsWith("https://schema.org/")
				.satisfies((day) -> assertThat(DAYS).contains(day.substring("https://schema.org/".length())));
		}
		for (String time : List.of("opens", "closes")) {
			if (node.has(time)) {
				assertThat(node.get(time).asString()).matches("[0-2][0-9]:[0-5][0-9]");
			}
		}
		for (String date : List.of("validFrom", "validThrough")) {
			if (node.has(date)) {
				assertThat(node.get(date).asString()).matches("\\d{4}-\\d{2}-\\d{2}");
			}
		}
		node.forEach(OpeningHoursPageTests::checkSchemaOrg);
	}

	@Test
	void offersTheClosuresAsAnICalendarFeed() {
		this.clock.set(LocalDateTime.parse("2027-03-20T10:00"));
		StaffBrowser resident = new StaffBrowser(this.port);
		resident.get("/en/offices/marolles/closures.ics");
		assertThat(resident.header("Content-Type")).startsWith("text/calendar");
		assertThat(resident.body())
			.contains("BEGIN:VCALENDAR", "X-WR-CALNAME:Closures: Social mediation Marolles",
					"DTSTART;VALUE=DATE:20270329", "DTEND;VALUE=DATE:20270330", "SUMMARY:Closed: Easter Monday",
					"TRANSP:TRANSPARENT", "DTSTART;VALUE=DATE:20271111")
			// Christmas 2027 is a Saturday, when the office is closed anyway.
			.doesNotContain("DTSTART;VALUE=DATE:20271225");
	}

}
