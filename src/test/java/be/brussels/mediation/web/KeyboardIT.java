package be.brussels.mediation.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.brussels.mediation.BrowserTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page works from the keyboard: the skip link comes first and leads into the main
 * content (or, after a failed submission, focus is on the error summary), Tab reaches
 * every control in reading order with a clearly visible focus, focus is never trapped,
 * and forms submit with Enter.
 */
class KeyboardIT extends BrowserTests {

	/**
	 * Interactive elements in the tab order, in document order. A group of radio buttons
	 * is one stop (its checked or first button); arrow keys move within it.
	 */
	private static final String FOCUSABLE = "return Array.from(document.querySelectorAll("
			+ "'a[href], button, input, select, textarea, [tabindex]:not([tabindex=\"-1\"])'))"
			+ ".filter((e) => !e.disabled && e.getClientRects().length > 0 || e.classList.contains('skip-link'))"
			+ ".filter((e) => e.type !== 'radio' || (() => { const group = Array.from(e.form.elements)"
			+ ".filter((r) => r.type === 'radio' && r.name === e.name);"
			+ " return e === (group.find((r) => r.checked) || group[0]); })())";

	/**
	 * The contrast of the focused element's indicator (outline, box-shadow or background)
	 * against the background around it: the best of them, as WCAG 2.4.13 asks for 3:1.
	 */
	private static final String FOCUS_CONTRAST = """
			const rgb = (c) => { const m = c.match(/rgba?\\(([^)]+)\\)/); if (!m) return null;
			  const p = m[1].split(',').map(parseFloat); return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 }; };
			const channel = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
			const luminance = (c) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
			const contrast = (a, b) => { const x = luminance(a), y = luminance(b);
			  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05); };
			const backgroundOf = (node) => { for (let n = node; n; n = n.parentElement) {
			  const c = rgb(getComputedStyle(n).backgroundColor); if (c && c.a > 0) return c; }
			  return { r: 255, g: 255, b: 255, a: 1 }; };
			const element = document.activeElement, style = getComputedStyle(element);
			const around = backgroundOf(element.parentElement);
			const indicators = (style.boxShadow.match(/rgba?\\([^)]+\\)/g) || []).map(rgb);
			if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2) indicators.push(rgb(style.outlineColor));
			indicators.push(rgb(style.backgroundColor));
			return Math.max(0, ...indicators.filter((c) => c && c.a > 0).map((c) => contrast(c, around)));
			""";

	private Problems problems;

	@Test
	void firstTabFocusesTheVisibleSkipLinkWhichMovesFocusIntoMain() {
		assertThat(problems().skipLink).isEmpty();
	}

	@Test
	void tabReachesEveryControlInReadingOrderWithVisibleFocusAndNoTrap() {
		assertThat(problems().tabOrder).isEmpty();
	}

	/**
	 * What tabbing through every page found, by check, each page opened once.
	 */
	private Problems problems() {
		if (this.problems == null) {
			this.problems = new Problems();
			forEveryPage(this::tabThrough);
		}
		return this.problems;
	}

	/**
	 * Presses Tab once more than the page shown has controls, in one go, while the page
	 * notes where each press put the focus and how visible it was; notes the first field
	 * of each of its forms.
	 */
	private void tabThrough(String page) {
		List<String> skipLink = this.problems.skipLink;
		List<String> tabOrder = this.problems.tabOrder;
		List<String> fields = script("return Array.from(document.forms, (form) => "
				+ "(form.querySelector('input:not([type=hidden]), select, textarea') || {}).id).filter((id) => id)");
		fields.forEach((field) -> this.problems.firstFields.putIfAbsent(field, page));
		boolean errorSummary = hasErrorSummary();
		// The browser moves focus to an autofocus element once the page has loaded.
		if (errorSummary && !focusMovesToTheErrorSummary()) {
			skipLink.add(page + ": focus is not on the error summary");
		}
		// Focus coming back to the same element (as the window gets focus) is no move.
		long count = script("window.expectedFocus = (() => {" + FOCUSABLE + "})(); window.focusLog = [];"
				+ " let last = document.activeElement; document.addEventListener('focusin', () => {"
				+ " const e = document.activeElement; if (e === last) return; last = e;"
				+ " window.focusLog.push({ index: window.expectedFocus.indexOf(e), contrast: (() => {" + FOCUS_CONTRAST
				+ "})(), href: e.getAttribute('href'), shown: e.getBoundingClientRect().top >= 0"
				+ " && getComputedStyle(e).visibility !== 'hidden' && e.getClientRects().length > 0 }); });"
				+ " return window.expectedFocus.length");
		// After a failed submission, Tab goes on from the error summary.
		int first = errorSummary
				? ((Number) script("return window.expectedFocus.indexOf(document.querySelector('.error-summary a'))"))
					.intValue()
				: 0;
		Actions tabs = new Actions(this.browser);
		for (long i = first; i <= count; i++) {
			tabs.sendKeys(Keys.TAB);
		}
		tabs.perform();
		List<Map<String, Object>> log = script("return window.focusLog");
		for (int i = first; i < count; i++) {
			Map<String, Object> focus = (i - first < log.size()) ? log.get(i - first) : Map.of("index", -1L);
			if (((Number) focus.get("index")).intValue() != i) {
				tabOrder.add(page + ": Tab " + (i - first + 1) + " did not reach "
						+ describe(script("return window.expectedFocus[" + i + "]")));
				break;
			}
			if (i == 0 && !("#main".equals(focus.get("href")) && (boolean) focus.get("shown"))) {
				skipLink.add(page + ": the first Tab does not show the skip link");
			}
			double contrast = ((Number) focus.get("contrast")).doubleValue();
			if (contrast < 3) {
				tabOrder.add(page + ": focus on " + describe(script("return window.expectedFocus[" + i + "]"))
						+ " has contrast " + contrast);
			}
		}
		if (count > 0 && (boolean) script("return document.activeElement === window.expectedFocus.at(-1)")) {
			tabOrder.add(page + ": focus is trapped on " + describe(this.browser.switchTo().activeElement()));
		}
		if (!errorSummary) {
			script("document.querySelector('.skip-link').focus()");
			press(Keys.ENTER);
			if (!"main".equals(this.browser.switchTo().activeElement().getAttribute("id"))) {
				skipLink.add(page + ": Enter on the skip link does not move focus into main");
			}
		}
	}

	/**
	 * Each form (known by the id of its first field) tried once, on the first page found
	 * with it.
	 */
	@Test
	void everyFormSubmitsWithEnterFromItsFirstField() {
		Map<String, String> firstFields = problems().firstFields;
		firstFields.forEach((field, page) -> {
			open(page);
			script("document.documentElement.dataset.submitted = 'no'");
			this.browser.findElement(By.id(field)).click();
			press(Keys.ENTER);
			new WebDriverWait(this.browser, Duration.ofSeconds(5)).withMessage(page + " form with " + field)
				.ignoring(WebDriverException.class)
				.until((browser) -> script("return document.documentElement.dataset.submitted === undefined"));
		});
		assertThat(firstFields).as("forms tried").isNotEmpty();
	}

	@Test
	void mapMarkersAreNamedAndOpenFromTheKeyboardWithALinkToTheirOffice() {
		open("/fr/");
		List<WebElement> markers = this.browser.findElements(By.cssSelector(".map .office-marker"));
		assertThat(markers).extracting((marker) -> marker.getAttribute("aria-label"))
			.contains("Médiation sociale Marolles")
			.hasSize(6);

		WebElement marolles = this.browser
			.findElement(By.cssSelector(".office-marker[aria-label='Médiation sociale Marolles']"));
		script("document.querySelector(\".office-marker[aria-label='Médiation sociale Marolles']\").focus()");
		assertThat(this.browser.switchTo().activeElement()).isEqualTo(marolles);
		press(Keys.ENTER);

		WebElement link = new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((browser) -> browser.findElement(By.cssSelector(".leaflet-popup a[href='/fr/offices/marolles']")));
		assertThat(link.getDomProperty("textContent")).isEqualTo("Médiation sociale Marolles");
		assertThat(this.browser.findElement(By.cssSelector(".leaflet-popup-close-button")).getAttribute("aria-label"))
			.isEqualTo("Fermer");
		assertThat(this.browser.findElements(By.cssSelector(".leaflet-control-zoom a")))
			.extracting((button) -> button.getAttribute("aria-label"))
			.containsExactly("Zoom avant", "Zoom arrière");
	}

	private boolean focusMovesToTheErrorSummary() {
		try {
			new WebDriverWait(this.browser, Duration.ofSeconds(2)).until(
					(browser) -> script("return document.activeElement === document.querySelector('.error-summary')"));
			return true;
		}
		catch (TimeoutException ex) {
			return false;
		}
	}

	private boolean hasErrorSummary() {
		return !this.browser.findElements(By.cssSelector(".error-summary")).isEmpty();
	}

	private void press(CharSequence key) {
		new Actions(this.browser).sendKeys(key).perform();
	}

	private static String describe(WebElement element) {
		return element.getTagName() + " \"" + element.getText() + "\" " + element.getAttribute("href");
	}

	/**
	 * The problems found, by check.
	 */
	private static final class Problems {

		final List<String> skipLink = new ArrayList<>();

		final List<String> tabOrder = new ArrayList<>();

		/** The first page found with each form, by the id of the form's first field. */
		final Map<String, String> firstFields = new LinkedHashMap<>();

	}

}
