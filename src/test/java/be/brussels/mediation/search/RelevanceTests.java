package be.brussels.mediation.search;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the one search answers, for the questions residents ask: streets with and without
 * numbers, postal codes, neighbourhoods, districts, municipalities, needs, phone numbers,
 * typos and nonsense ({@code search/relevance.csv}), and an office for every street of
 * the City.
 */
@SiteTest
class RelevanceTests {

	private static final List<String> OFFICE_ANSWERS = List.of("SERVICE_AREA", "NEAREST", "NEIGHBOURHOOD_SERVICE_AREA",
			"NEIGHBOURHOOD_NEAREST", "POSTAL_CODE", "OFFICE");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JdbcClient jdbc;

	private static final AtomicInteger residents = new AtomicInteger();

	@ParameterizedTest(name = "{0}: {1} → {2}")
	@CsvFileSource(resources = "/search/relevance.csv", useHeadersInDisplayName = false, numLinesToSkip = 1)
	void answersWhatResidentsAsk(String language, String query, String expected) {
		Element answer = answer(language, query, null);
		String kind = answer.attr("data-kind");
		String[] expectation = expected.split(":", 2);
		String actual = "%s answered %s %s: %s".formatted(query, kind, officesNamed(answer),
				answer.select("p").first().text()) + answer.select("ul.choices a").eachText();
		switch (expectation[0]) {
			case "office" -> {
				assertThat(kind).as(actual).isIn(OFFICE_ANSWERS);
				assertThat(officesNamed(answer)).as(actual).containsExactly(expectation[1].split(" "));
			}
			case "outside" -> {
				assertThat(kind).as(actual).isEqualTo("OUTSIDE_CITY");
				assertThat(answer.select("p").first().text()).as(actual)
					.contains(String.join(", ", Arrays.asList(expectation[1].split(" "))));
				assertThat(answer.select("ul.offices li")).isEmpty();
			}
			default -> assertThat(kind).as(actual).isEqualTo(expectation[1]);
		}
	}

	@Test
	void answersEveryResidentialStreetOfTheCityWithAnOffice() {
		List<Object[]> streets = this.jdbc
			.sql("select id, name_fr, name_nl from city_street where residential and latitude is not null order by id")
			.query((row,
					number) -> new Object[] { row.getInt("id"), row.getString("name_fr"), row.getString("name_nl") })
			.list();
		assertThat(streets).hasSizeGreaterThan(1000);
		for (Object[] street : streets) {
			for (int name = 1; name <= 2; name++) {
				Element answer = answer((name == 1) ? "fr" : "nl", (String) street[name], null);
				String kind = answer.attr("data-kind");
				if (kind.equals("CHOOSE")) {
					// Streets of the same name in several postal codes: the resident
					// picks theirs.
					String typed = (String) street[name];
					Element choice = answer.select("ul.choices a")
						.stream()
						.filter((link) -> link.text().startsWith(typed))
						.findFirst()
						.orElseThrow(() -> new AssertionError(typed + " is not offered"));
					answer = answer((name == 1) ? "fr" : "nl", typed,
							Integer.valueOf(choice.attr("href").replaceAll(".*street=", "")));
					kind = answer.attr("data-kind");
				}
				assertThat(kind).as("%s", street[name]).isIn(OFFICE_ANSWERS);
				assertThat(officesNamed(answer)).as("%s", street[name]).hasSize(1);
			}
		}
	}

	private Element answer(String language, String query, Integer street) {
		// Each question from a resident of their own, as the rate limits would stop one
		// asking them all.
		int resident = residents.incrementAndGet();
		MvcTestResult result = this.mvc.get()
			.uri("/" + language + "/search?q={q}" + ((street != null) ? "&street=" + street : ""), query)
			.with((request) -> {
				request.setRemoteAddr("10.8." + (resident / 250) + "." + (resident % 250 + 1));
				return request;
			})
			.exchange();
		assertThat(result).hasStatusOk();
		Document page = Html.parse(result);
		return page.selectFirst("section.answer");
	}

	private static List<String> officesNamed(Element answer) {
		Element offices = answer.selectFirst("ul.offices");
		return (offices == null) ? List.of()
				: offices.select("li.office-card > p > a[href*=/offices/]")
					.eachAttr("href")
					.stream()
					.map((href) -> href.substring(href.lastIndexOf('/') + 1))
					.distinct()
					.toList();
	}

}
