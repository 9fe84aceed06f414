package be.brussels.mediation.search;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
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

	@Autowired
	Answers answers;

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
	void answersEveryLocatedStreetOfTheCityWithAnOfficeByEitherName() {
		List<Object[]> streets = this.jdbc
			.sql("select id, name_fr, name_nl from city_street where residential and latitude is not null order by id")
			.query((row,
					number) -> new Object[] { row.getInt("id"), row.getString("name_fr"), row.getString("name_nl") })
			.list();
		assertThat(streets).hasSizeGreaterThan(1000);
		// Asked of the engine behind the search box: rendering 2,400 pages says nothing
		// more.
		LocaleContextHolder.setLocale(Locale.FRENCH);
		try {
			for (Object[] street : streets) {
				for (String name : new String[] { (String) street[1], (String) street[2] }) {
					Answer answer = this.answers.answer(name, null);
					if (answer.kind() == Answer.Kind.CHOOSE) {
						// Streets of one name in several postal codes: the resident picks
						// theirs.
						Street offered = answer.candidates()
							.stream()
							.filter((candidate) -> candidate.nameFr().equals(name) || candidate.nameNl().equals(name))
							.findFirst()
							.orElseThrow(() -> new AssertionError(name + " is not offered"));
						answer = this.answers.answer(name, offered.id());
					}
					assertThat(answer.kind().name()).as(name).isIn(OFFICE_ANSWERS);
					assertThat(answer.offices()).as(name).hasSize(1);
				}
			}
		}
		finally {
			LocaleContextHolder.resetLocaleContext();
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
