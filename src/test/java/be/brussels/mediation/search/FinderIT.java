package be.brussels.mediation.search;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import be.brussels.mediation.BrowserTests;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The finder's enhancements in a real browser: street suggestions while typing, and "use
 * my location" (asked only on click).
 */
class FinderIT extends BrowserTests {

	@Test
	void suggestsStreetNamesInThePageLanguageWhileTyping() {
		open("/nl/");
		this.browser.findElement(By.id("q")).sendKeys("vossen");

		List<String> suggestions = new WebDriverWait(this.browser, Duration.ofSeconds(5)).until((browser) -> {
			List<String> names = script("return Array.from(document.querySelectorAll('#q-suggestions option'),"
					+ " (option) => option.value)");
			return names.isEmpty() ? null : names;
		});
		assertThat(suggestions).contains("Vossenplein", "Vossenstraat");
		assertThat(this.browser.findElement(By.id("q")).getAttribute("list")).isEqualTo("q-suggestions");
	}

	@Test
	void useMyLocationListsTheNearestOfficesAfterAClick() {
		this.browser.executeCdpCommand("Browser.grantPermissions", Map.of("permissions", List.of("geolocation")));
		this.browser.executeCdpCommand("Emulation.setGeolocationOverride",
				Map.of("latitude", 50.83712, "longitude", 4.34781, "accuracy", 10));
		open("/fr/search");

		this.browser.findElement(By.cssSelector(".near-me button")).click();

		new WebDriverWait(this.browser, Duration.ofSeconds(5))
			.until((browser) -> browser.getCurrentUrl().contains("/fr/nearest?"));
		assertThat(this.browser.getCurrentUrl()).endsWith("/fr/nearest?lat=50.837&lon=4.348");
		assertThat(this.browser.findElements(By.cssSelector("main ol.offices h3")).get(0).getText())
			.isEqualTo("Marolles");
	}

}
