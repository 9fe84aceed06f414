package be.brussels.mediation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * axe-core, the rules engine that Deque ships in its Selenium jar, run on the page the
 * browser shows. It is run here directly rather than through Deque's {@code AxeBuilder},
 * which opens a blank window to finish every run and reads back every node of every rule:
 * measured here, 0.5 to 2.3 s a page against 0.15 to 0.6 s, for the same rules and
 * violations.
 */
public final class Axe {

	/**
	 * The rules run: WCAG 2.0, 2.1 and 2.2, levels A and AA, and Deque's best practices.
	 */
	public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa",
			"best-practice");

	private static final String SOURCE = source();

	private static final String RUN = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
			  .then((results) => done({
			    rules: [results.passes, results.violations, results.incomplete, results.inapplicable]
			      .flat().map((rule) => rule.id),
			    violations: results.violations.map((rule) => rule.id + ' (' + rule.help + ') on '
			      + rule.nodes.map((node) => node.target.join(' ')).join(', ')) }))
			  .catch((error) => done({ rules: [], violations: ['axe-core failed: ' + error] }));
			""";

	private Axe() {
	}

	/**
	 * Checks the page shown, as it is now (after any change a test made to it).
	 */
	@SuppressWarnings("unchecked")
	public static Results check(ChromeDriver browser) {
		if (!(Boolean) browser.executeScript("return typeof axe === 'object'")) {
			// From now on the browser puts axe-core into every page it opens: sending
			// its half megabyte to each page through the driver cost 0.3 s a page.
			browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", SOURCE));
			browser.executeScript(SOURCE);
		}
		Map<String, List<String>> results = (Map<String, List<String>>) browser.executeAsyncScript(RUN, TAGS);
		return new Results(results.get("rules"), results.get("violations"));
	}

	private static String source() {
		try (InputStream in = Axe.class.getResourceAsStream("/axe.min.js")) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The rules that ran, and each violation with the elements at fault.
	 */
	public record Results(List<String> rulesRun, List<String> violations) {
	}

}
