package be.brussels.mediation.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import be.brussels.mediation.BrowserTests;
import be.brussels.mediation.Chromium;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
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

	@Test
	void firstTabFocusesTheVisibleSkipLinkWhichMovesFocusIntoMain() {
		for (String page : pages()) {
			open(page);
			if (hasErrorSummary()) {
				assertThat(this.browser.switchTo().activeElement().getAttribute("class")).as(page)
					.isEqualTo("error-summary");
				continue;
			}

			press(Keys.TAB);
			WebElement skipLink = this.browser.switchTo().activeElement();
			assertThat(skipLink.getAttribute("href")).as(page).endsWith("#main");
			assertThat(skipLink.isDisplayed()).as(page).isTrue();
			assertThat(skipLink.getRect().getY()).as(page).isGreaterThanOrEqualTo(0);

			press(Keys.ENTER);
			assertThat(this.browser.switchTo().activeElement().getAttribute("id")).as(page).isEqualTo("main");
		}
	}

	@Test
	void tabReachesEveryControlInReadingOrderWithVisibleFocusAndNoTrap() {
		List<String> problems = new ArrayList<>();
		for (String page : pages()) {
			open(page);
			List<WebElement> expected = script(FOCUSABLE);
			if (hasErrorSummary()) {
				// Focus starts on the error summary, so Tab goes on from there.
				expected = expected.subList(
						expected.indexOf(this.browser.findElement(By.cssSelector(".error-summary a"))),
						expected.size());
			}
			for (WebElement element : expected) {
				press(Keys.TAB);
				WebElement focused = this.browser.switchTo().activeElement();
				if (!focused.equals(element)) {
					problems.add(page + ": Tab reached " + describe(focused) + " instead of " + describe(element));
					break;
				}
				double contrast = ((Number) script("return (() => {" + FOCUS_CONTRAST + "})()")).doubleValue();
				if (contrast < 3) {
					problems.add(page + ": focus on " + describe(focused) + " has contrast " + contrast);
				}
			}
			press(Keys.TAB);
			WebElement afterLast = this.browser.switchTo().activeElement();
			if (!expected.isEmpty() && afterLast.equals(expected.get(expected.size() - 1))) {
				problems.add(page + ": focus is trapped on " + describe(afterLast));
			}
		}
		assertThat(problems).isEmpty();
	}

	@Test
	void everyFormSubmitsWithEnterFromItsFirstField() {
		Set<String> tried = new HashSet<>();
		for (String page : pages()) {
			open(page);
			List<String> fields = script("return Array.from(document.forms, (form) => "
					+ "(form.querySelector('input:not([type=hidden]), select, textarea') || {}).id).filter((id) => id)");
			for (String field : fields) {
				if (!tried.add(field)) {
					continue;
				}
				open(page);
				script("document.documentElement.dataset.submitted = 'no'");
				this.browser.findElement(By.id(field)).click();
				press(Keys.ENTER);
				new WebDriverWait(this.browser, Duration.ofSeconds(5)).withMessage(page + " form with " + field)
					.ignoring(WebDriverException.class)
					.until((browser) -> script("return document.documentElement.dataset.submitted === undefined"));
			}
		}
		assertThat(tried).as("forms tried").isNotEmpty();
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

	private boolean hasErrorSummary() {
		return !this.browser.findElements(By.cssSelector(".error-summary")).isEmpty();
	}

	private void press(CharSequence key) {
		new Actions(this.browser).sendKeys(key).perform();
	}

	private static String describe(WebElement element) {
		return element.getTagName() + " \"" + element.getText() + "\" " + element.getAttribute("href");
	}

}
