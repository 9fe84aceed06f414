package be.brussels.mediation.editing;

import java.time.Duration;

import be.brussels.mediation.BrowserTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office form with JavaScript, in a real browser: rows added and removed in place,
 * and a question before leaving changes unsaved.
 */
class OfficeFormIT extends BrowserTests {

	/** Dispatches a "leaving the page" event; whether the page asked to stay. */
	private static final String LEAVING = "const leaving = new Event('beforeunload', { cancelable: true });"
			+ " window.dispatchEvent(leaving); return leaving.defaultPrevented";

	@Test
	void rowsAreAddedAndRemovedInPlaceWithTheFocusOnTheRowAndNothingSaved() {
		signIn();
		open("/en/admin/offices/senne");
		this.browser.executeScript("window.notReloaded = true");
		this.browser.findElement(By.id("nameEn")).sendKeys(" (typed)");
		this.browser.findElement(By.id("add-sessions")).click();
		waitFor("the new row focused", "return document.activeElement.id === 'sessions0.day'");
		this.browser.findElement(By.id("add-sessions")).click();
		waitFor("the second row focused", "return document.activeElement.id === 'sessions1.day'");
		assertThat(this.browser.findElements(By.cssSelector("#sessions legend")))
			.extracting((legend) -> legend.getText())
			.containsExactly("Weekly opening hours", "Opening 1", "Opening 2");
		this.browser.findElement(By.cssSelector("button[value='remove:sessions:0']")).click();
		waitFor("the row in its place focused", "return document.querySelectorAll('#sessions .hours-row').length === 1"
				+ " && document.activeElement.id === 'sessions0.day'");
		this.browser.findElement(By.cssSelector("button[value='remove:sessions:0']")).click();
		waitFor("the add button focused", "return document.activeElement.id === 'add-sessions'");

		assertThat((Boolean) script("return window.notReloaded === true")).as("the page was not reloaded").isTrue();
		assertThat(this.browser.findElement(By.id("nameEn")).getAttribute("value")).endsWith(" (typed)");
		assertThat((Boolean) script(LEAVING)).as("leaving with the name typed asks first").isTrue();
	}

	@Test
	void leavingAFormAsSavedAsksNothingButLeavingOneSentBackUnsavedAsks() {
		signIn();
		open("/fr/admin/offices/north");
		assertThat((Boolean) script(LEAVING)).isFalse();
		this.browser.findElement(By.id("nameFr")).clear();
		this.browser.findElement(By.id("districtFr")).submit();
		waitFor("the errors", "return document.querySelector('.error-summary') !== null");
		assertThat((Boolean) script(LEAVING)).as("a form shown again with errors is not saved").isTrue();
		// Sending it is no leaving.
		this.browser.executeScript("document.getElementById('office-form').dispatchEvent(new Event('submit'))");
		assertThat((Boolean) script(LEAVING)).isFalse();
	}

	private void waitFor(String what, String condition) {
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).withMessage(what)
			.until((browser) -> Boolean.TRUE.equals(script(condition)));
	}

}
