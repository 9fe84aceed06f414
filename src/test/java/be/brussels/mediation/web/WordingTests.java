package be.brussels.mediation.web;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * French and Dutch pages are written in French and Dutch: no English word slips in, apart
 * from text marked as another language (the language switcher).
 */
@SiteTest
class WordingTests {

	/** Common English words that are not also French or Dutch words. */
	private static final Pattern ENGLISH = Pattern.compile("(?i)\\b(the|and|with|your|you|office|offices|phone|"
			+ "mobile phone|skip|more|found|statement|see|back|about|report|known|neighbourhood|mediation|home|"
			+ "address|error|request|not|partially|compliant|accessibility)\\b");

	private static final List<String> PAGES = List.of("/", "/offices/laeken-centre", "/offices/laeken-north",
			"/offices/marolles", "/offices/neder-over-heembeek", "/offices/north", "/offices/senne", "/accessibility",
			"/offices/atlantis");

	@Autowired
	MockMvcTester mvc;

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "fr", "nl" })
	void noEnglishWordsOnFrenchOrDutchPages(String language) {
		for (String path : PAGES) {
			Document page = Html.parse(Html.fetch(this.port, "GET", "/" + language + path));
			page.select("[lang]:not(html)").remove();
			page.select("a[href^=mailto:], a[href^=https:]").remove();
			List<String> english = ENGLISH.matcher(page.title() + " " + page.body().text())
				.results()
				.map(MatchResult::group)
				.toList();

			assertThat(english).as("/%s%s", language, path).isEmpty();
		}
	}

}
