package be.brussels.mediation.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import be.brussels.mediation.Axe;
import be.brussels.mediation.BrowserTests;
import be.brussels.mediation.Chromium;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * WCAG 2.2 AA in a real browser: every page the crawler finds is checked with axe-core at
 * a desktop and a phone width, for reflow, text enlarged to 200 %, heading order, reduced
 * motion, and completeness without JavaScript.
 */
class AccessibilityIT extends BrowserTests {

	static final int[] WIDTHS = { 1280, 320 };

	private Findings findings;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyPageHasNoAxeViolationsAtDesktopAndPhoneWidths() {
		System.out.printf("axe-core ran %d rules (%s) on %d pages at %d and %d px%n", findings().rulesRun.size(),
				String.join(" ", Axe.TAGS), findings().pages, WIDTHS[0], WIDTHS[1]);
		assertThat(findings().violations).isEmpty();
	}

	@Test
	void noPageScrollsSidewaysAt320PixelsOrClipsTextEnlargedTo200Percent() {
		assertThat(findings().reflow).isEmpty();
	}

	@Test
	void headingsStartAtOneH1AndSkipNoLevel() {
		assertThat(findings().headings).isEmpty();
	}

	@Test
	void everyPageIsCompleteWithoutJavaScript() {
		assertThat(findings().withoutJavaScript).isEmpty();
	}

	@Test
	void nothingMovesWhenTheUserAsksForReducedMotion() {
		assertThat(findings().moving).isEmpty();
	}

	@Test
	void noWordIsBrokenInTheMiddleAtEitherWidth() {
		assertThat(findings().brokenWords).isEmpty();
	}

	@Test
	void everyMapMarkerLiesInsideItsFrameAsATargetOfItsOwnAtEitherWidth() {
		assertThat(findings().markers).isEmpty();
	}

	@Test
	void noPageLoadsAStylesheetScriptImageOrDataThatAnswersAnError() {
		assertThat(findings().failedResources).isEmpty();
	}

	@Test
	void everyOfficePageShowsACallButtonInTheFirst640PixelsOfAPhone() {
		assertThat(findings().callButtons).isEmpty();
	}

	/**
	 * What the checks found on every page, each page opened once (loading a page costs
	 * more than checking it), at the desktop width first.
	 */
	private Findings findings() {
		if (this.findings == null) {
			this.findings = new Findings();
			this.browser.executeCdpCommand("Emulation.setEmulatedMedia",
					Map.of("features", List.of(Map.of("name", "prefers-reduced-motion", "value", "reduce"))));
			Chromium.setViewportWidth(this.browser, WIDTHS[0]);
			try {
				forEveryPage(this::check);
			}
			finally {
				this.browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
			}
		}
		return this.findings;
	}

	/**
	 * Checks the page shown, at the desktop width, and leaves it at that width.
	 */
	private void check(String page) {
		Findings found = this.findings;
		found.pages++;
		List<String> failed = script(
				"return performance.getEntriesByType('resource')" + ".filter((entry) => entry.responseStatus >= 400)"
						+ ".map((entry) => entry.name + ' answered ' + entry.responseStatus)");
		failed.forEach((resource) -> found.failedResources.add(page + ": " + resource));
		found.violations.addAll(axe(page + " at " + WIDTHS[0] + " px", found.rulesRun));
		layoutProblems(page, WIDTHS[0]);
		found.headings.addAll(headingProblems(page));
		List<String> moving = script("return Array.from(document.querySelectorAll('*'))"
				+ ".filter((e) => { const s = getComputedStyle(e); return s.animationName !== 'none'"
				+ " || s.transitionDuration.split(',').some((d) => parseFloat(d) > 0); })"
				+ ".map((e) => e.tagName + '.' + e.className)");
		moving.forEach((element) -> found.moving.add(page + " moves " + element));

		this.browser.executeScript("document.documentElement.style.fontSize = '200%'");
		if (scrollsSideways()) {
			found.reflow.add(page + " scrolls sideways with text at 200 %");
		}
		clippedText().forEach((element) -> found.reflow.add(page + " clips text at 200 %: " + element));
		this.browser.executeScript("document.documentElement.style.fontSize = ''");

		Chromium.setViewportWidth(this.browser, WIDTHS[1]);
		found.violations.addAll(axe(page + " at " + WIDTHS[1] + " px", found.rulesRun));
		layoutProblems(page, WIDTHS[1]);
		// An office's own page (its contact card says so), not the 404 page of an unknown
		// one.
		if (page.matches("/(fr|nl|en)/offices/[^/]+")
				&& !this.browser.findElements(By.cssSelector(".contact-card")).isEmpty()) {
			Number bottom = script(
					"window.scrollTo(0, 0); const call = document.querySelector('.phones a[href^=\"tel:\"]');"
							+ " return call && call.getBoundingClientRect().bottom");
			if (bottom == null || bottom.doubleValue() > 640) {
				found.callButtons.add(page + ": first call button ends at " + bottom + " px");
			}
		}
		if (scrollsSideways()) {
			found.reflow.add(page + " scrolls sideways at " + WIDTHS[1] + " px");
		}

		// Last, as it takes the maps out of the page.
		Chromium.setViewportWidth(this.browser, WIDTHS[0]);
		String missing = missingWithoutJavaScript();
		if (missing != null) {
			found.withoutJavaScript.add(page + " shows what its HTML lacks: " + missing);
		}
	}

	/**
	 * Words broken in the middle across two lines, and map markers outside their frame,
	 * smaller than a 24 px target or over another, at the width shown (once the map has
	 * framed its markers again).
	 */
	private void layoutProblems(String page, int width) {
		this.browser.executeAsyncScript(
				"const done = arguments[0];" + " requestAnimationFrame(() => requestAnimationFrame(() => done()))");
		List<String> broken = script(BROKEN_WORDS);
		broken.forEach((word) -> this.findings.brokenWords.add(page + " at " + width + " px breaks " + word));
		List<String> markers = script(MISPLACED_MARKERS);
		markers.forEach((marker) -> this.findings.markers.add(page + " at " + width + " px: " + marker));
	}

	/**
	 * Every word (between spaces, hyphens, dashes, slashes and the soft hyphens that mark
	 * where a long compound may be hyphenated, where lines may break) whose letters the
	 * browser lays out on more than one line.
	 */
	private static final String BROKEN_WORDS = """
			const broken = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			  if (node.parentElement.closest('.visually-hidden, .leaflet-container, script, style, [hidden]')) continue;
			  for (const match of node.data.matchAll(/[^\\s\\u00ad\\u2010-\\u2014\\/-]{2,}/g)) {
			    const range = document.createRange();
			    range.setStart(node, match.index);
			    range.setEnd(node, match.index + match[0].length);
			    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0);
			    // A line broken at a soft hyphen draws its hyphen in the next part's first box.
			    if (node.data[match.index - 1] === '\u00ad' && rects.length > 1 && rects[0].width < 12) rects.shift();
			    const lines = new Set(rects.map((r) => Math.round(r.bottom)));
			    if (lines.size > 1) broken.push(match[0] + ' (in ' + node.parentElement.tagName + ')');
			  }}return broken;""";

	/**
	 * Every map marker outside its map's frame, smaller than 24 × 24 px, or over another.
	 */
	private static final String MISPLACED_MARKERS = """
			const problems = [];
			for (const map of document.querySelectorAll('.leaflet-container')) {
			  const frame = map.getBoundingClientRect();
			  const markers = Array.from(map.querySelectorAll('.leaflet-marker-icon'), (marker) =>
			    ({ name: marker.getAttribute('aria-label'), box: marker.getBoundingClientRect() }));
			  markers.forEach(({ name, box }, index) => {
			    if (box.left < frame.left || box.right > frame.right || box.top < frame.top || box.bottom > frame.bottom) {
			      problems.push(name + ' lies outside the map');
			    }
			    if (box.width < 24 || box.height < 24) problems.push(name + ' is ' + box.width + ' x ' + box.height + ' px');
			    markers.slice(index + 1).filter((other) => box.left < other.box.right && other.box.left < box.right
			        && box.top < other.box.bottom && other.box.top < box.bottom)
			      .forEach((other) => problems.push(name + ' covers ' + other.name));
			  });
			}
			return problems;
			""";

	private List<String> headingProblems(String page) {
		List<String> problems = new ArrayList<>();
		List<Long> levels = script("return Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6'), "
				+ "(h) => Number(h.tagName.substring(1)))");
		long previous = 0;
		for (long level : levels) {
			if (level > previous + 1) {
				problems.add(page + " jumps from h" + previous + " to h" + level);
			}
			previous = level;
		}
		if (levels.isEmpty() || levels.get(0) != 1 || levels.stream().filter((level) -> level == 1).count() != 1) {
			problems.add(page + " does not start with exactly one h1: " + levels);
		}
		return problems;
	}

	/**
	 * The text the browser shows in {@code <main>} if the HTML the server sent does not
	 * hold it all, else {@code null}.
	 */
	private String missingWithoutJavaScript() {
		// What the server sent for this page, fetched again by the page itself.
		Document served = Jsoup
			.parse((String) this.browser.executeAsyncScript("fetch(location.href, { headers: { Accept: 'text/html' } })"
					+ ".then((response) => response.text()).then(arguments[0])"));
		// The map's own controls aside, the browser shows nothing the served HTML lacks.
		String shown = normalize(
				script("document.querySelectorAll('main .leaflet-container').forEach((map) => map.remove());"
						+ " return document.querySelector('main').innerText"));
		// The robots' trap field of the problem report form is hidden from people.
		served.select("main .trap").remove();
		return normalize(served.select("main").text()).contains(shown) ? null : shown;
	}

	@Test
	void formsShownAgainWithErrorsAndTheConflictPageHaveNoAxeViolations() {
		signIn();
		List<String> violations = new ArrayList<>();
		for (String language : List.of("fr", "nl", "en")) {
			open("/" + language + "/admin/offices/marolles");
			this.browser.findElement(By.id("phones0")).clear();
			this.browser.findElement(By.id("phones0")).sendKeys("12345" + Keys.ENTER);
			violations.addAll(axeAtEveryWidth(language + " office form with a bad phone", ".error-summary"));

			open("/" + language + "/admin/accounts/new");
			this.browser.findElement(By.id("displayName")).sendKeys(Keys.ENTER);
			violations.addAll(axeAtEveryWidth(language + " account form with errors", ".error-summary"));

			open("/" + language + "/offices/senne");
			this.browser.findElement(By.cssSelector("form[action$='/report'] button[type=submit]")).click();
			violations.addAll(axeAtEveryWidth(language + " report form with errors", ".error-summary"));

			// A form opened at a version that is no longer the office's.
			open("/" + language + "/admin/offices/north");
			this.browser.executeScript("document.getElementById('version').value = '999'");
			this.browser.findElement(By.id("nameEn")).sendKeys(" (changed)" + Keys.ENTER);
			violations.addAll(axeAtEveryWidth(language + " conflict page", ".conflict"));
		}
		// The hours editor with an error, then the office page with its table of hours,
		// its coming closures and a notice.
		open("/en/admin/offices/senne");
		clickAndWaitForTheNextPage(By.cssSelector("button[value='add:sessions']"));
		clickAndWaitForTheNextPage(By.cssSelector("button[value='add:notices']"));
		setValues(Map.of("sessions0.opens", "14:00", "sessions0.closes", "10:00", "notices0.textFr", "Avis de test",
				"notices0.textNl", "Testbericht", "notices0.visibleFrom", "2020-01-01", "notices0.visibleUntil",
				"2099-12-31"));
		this.browser.findElement(By.id("districtFr")).sendKeys(Keys.ENTER);
		violations.addAll(axeAtEveryWidth("hours editor with errors", ".error-summary"));
		setValues(Map.of("sessions0.closes", "17:00"));
		this.browser.findElement(By.id("districtFr")).sendKeys(Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(10))
			.until((browser) -> !browser.findElements(By.cssSelector("[role=status]")).isEmpty());
		for (String language : List.of("fr", "nl", "en")) {
			// A query the site ignores, past the browser's cached copy of the page.
			open("/" + language + "/offices/senne?edited");
			violations.addAll(axeAtEveryWidth(language + " office page with hours and a notice", "table.hours"));
			open("/" + language + "/admin/offices/senne/history");
			violations.addAll(axeAtEveryWidth(language + " history with a change of hours", ".revision table"));
		}
		// A resident's reports found by their e-mail address, then the erasure's
		// confirmation.
		this.jdbc.sql("""
				insert into problem_report (office_id, topic, message, email, language)
				select id, 'OTHER', 'Accessibility test report', 'a11y@example.org', 'fr' from office
				where slug = 'senne'""").update();
		for (String language : List.of("fr", "nl", "en")) {
			open("/" + language + "/admin/reports/by-email");
			this.browser.findElement(By.id("email")).sendKeys("a11y@example.org" + Keys.ENTER);
			violations.addAll(axeAtEveryWidth(language + " a resident's reports", "#found-heading"));
			clickAndWaitForTheNextPage(By.cssSelector("button[formaction$='/erase']"));
			violations
				.addAll(axeAtEveryWidth(language + " erasure's confirmation", "form[action$='/erase/confirmed']"));
		}
		this.jdbc.sql("delete from problem_report where email = 'a11y@example.org'").update();
		// Senne as it was seeded, for the tests after this one.
		for (String table : List.of("office_session", "office_notice")) {
			this.jdbc.sql("delete from " + table + " where office_id = (select id from office where slug = 'senne')")
				.update();
		}
		assertThat(violations).isEmpty();
	}

	private void clickAndWaitForTheNextPage(By button) {
		WebElement element = this.browser.findElement(button);
		element.click();
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
	}

	private void setValues(Map<String, String> values) {
		values.forEach((id, value) -> this.browser
			.executeScript("document.getElementById(arguments[0]).value = arguments[1]", id, value));
	}

	/**
	 * Runs axe on the page shown, which must hold the given element, at each width, and
	 * looks for words broken across two lines.
	 */
	private List<String> axeAtEveryWidth(String label, String expected) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).withMessage(label)
			.until((browser) -> !browser.findElements(By.cssSelector(expected)).isEmpty());
		List<String> violations = new ArrayList<>();
		for (int width : WIDTHS) {
			Chromium.setViewportWidth(this.browser, width);
			violations.addAll(axe(label + " at " + width + " px", new TreeSet<>()));
			List<String> broken = script(BROKEN_WORDS);
			broken.forEach((word) -> violations.add(label + " at " + width + " px breaks " + word));
		}
		return violations;
	}

	private List<String> axe(String label, Set<String> rulesRun) {
		Axe.Results results = Axe.check(this.browser);
		rulesRun.addAll(results.rulesRun());
		return results.violations().stream().map((violation) -> label + ": " + violation).toList();
	}

	private boolean scrollsSideways() {
		return script("return document.documentElement.scrollWidth > document.documentElement.clientWidth");
	}

	private List<String> clippedText() {
		return script("return Array.from(document.querySelectorAll('body *'))"
				+ ".filter((e) => !e.closest('.visually-hidden, .leaflet-container') && !e.matches('input, textarea, select'))"
				+ ".filter((e) => { const s = getComputedStyle(e);"
				+ " return ['hidden', 'clip'].includes(s.overflowX) && e.scrollWidth > e.clientWidth + 1"
				+ " || ['hidden', 'clip'].includes(s.overflowY) && e.scrollHeight > e.clientHeight + 1; })"
				+ ".map((e) => e.tagName + '.' + e.className)");
	}

	/**
	 * The text as words between single spaces: no-break spaces as spaces, word joiners
	 * left out.
	 */
	private static String normalize(String text) {
		return text.replace("\u2060", "").replace("\u00ad", "").replaceAll("[\\s\u00a0]+", " ").trim();
	}

	/**
	 * The problems found, by check.
	 */
	private static final class Findings {

		int pages;

		final List<String> violations = new ArrayList<>();

		final Set<String> rulesRun = new TreeSet<>();

		final List<String> reflow = new ArrayList<>();

		final List<String> headings = new ArrayList<>();

		final List<String> withoutJavaScript = new ArrayList<>();

		final List<String> moving = new ArrayList<>();

		final List<String> brokenWords = new ArrayList<>();

		final List<String> markers = new ArrayList<>();

		final List<String> failedResources = new ArrayList<>();

		final List<String> callButtons = new ArrayList<>();

	}

}
