package be.brussels.mediation.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * All interface text lives in the French, Dutch and English bundles, complete in each,
 * and none in the templates.
 */
class MessagesTests {

	/** Attributes that people read or hear, which must come from a bundle. */
	private static final Set<String> READ_ATTRIBUTES = Set.of("alt", "title", "aria-label", "placeholder", "value");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	private static final Pattern LETTER = Pattern.compile("\\p{L}");

	@ParameterizedTest
	@ValueSource(strings = { "nl", "en" })
	void everyBundleHasEveryKeyOfTheFrenchOneAndNoOther(String language) throws IOException {
		Properties french = bundle("messages.properties");
		Properties other = bundle("messages_" + language + ".properties");

		assertThat(other.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(french.stringPropertyNames());
		assertThat(other.stringPropertyNames())
			.allSatisfy((key) -> assertThat(other.getProperty(key)).as(key).isNotBlank());
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "_nl", "_en" })
	void everyApostropheIsWrittenTwiceForMessageFormat(String language) throws IOException {
		Properties messages = bundle("messages" + language + ".properties");

		assertThat(messages.stringPropertyNames())
			.filteredOn((key) -> LONE_APOSTROPHE.matcher(messages.getProperty(key)).find())
			.isEmpty();
	}

	@Test
	void templatesHoldNoTextOfTheirOwn() throws IOException {
		List<String> literals = new ArrayList<>();
		for (Resource template : new PathMatchingResourcePatternResolver()
			.getResources("classpath:templates/**/*.html")) {
			Document document = Jsoup.parse(template.getContentAsString(StandardCharsets.UTF_8));
			for (Element element : document.getAllElements()) {
				for (TextNode text : element.textNodes()) {
					if (LETTER.matcher(text.text()).find()) {
						literals.add(template.getFilename() + ": \"" + text.text().trim() + "\"");
					}
				}
				element.attributes()
					.asList()
					.stream()
					.filter((attribute) -> READ_ATTRIBUTES.contains(attribute.getKey()))
					.forEach((attribute) -> literals.add(template.getFilename() + ": " + attribute.html()));
			}
		}
		assertThat(literals).isEmpty();
	}

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(MessagesTests.class.getResourceAsStream("/messages/" + name),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
