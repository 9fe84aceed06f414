package be.brussels.mediation;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestInstance.Lifecycle;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the site on a real port, one headless Chromium per test
 * class, and every page the crawler finds in it.
 */
@SiteTest
@TestInstance(Lifecycle.PER_CLASS)
public abstract class BrowserTests {

	@LocalServerPort
	protected int port;

	protected ChromeDriver browser;

	private boolean signedIn;

	/**
	 * The pages the crawler found, kept for the other test classes (they all run on the
	 * one application, with the same data).
	 */
	private static List<String> pages;

	@BeforeAll
	void startBrowser() throws Exception {
		this.browser = Chromium.start(Files.createTempDirectory("chromium-"));
	}

	/**
	 * Opens every page of the site, staff pages included (signed in as the
	 * administrator), and hands each to the check while the browser shows it. The first
	 * class to ask finds the pages by crawling, and checks each as the crawler opens it.
	 */
	protected void forEveryPage(Consumer<String> check) {
		if (!this.signedIn) {
			signIn();
			this.signedIn = true;
		}
		if (pages == null) {
			pages = SiteCrawler.crawl(this.browser, origin(), this::open, check);
			System.out.printf("The crawler found %d pages:%n  %s%n", pages.size(), String.join("\n  ", pages));
		}
		else {
			for (String page : pages) {
				open(page);
				check.accept(page);
			}
		}
	}

	@AfterAll
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	/**
	 * Signs the browser in as the administrator, through the sign-in page.
	 */
	protected void signIn() {
		this.browser.get(origin() + "/fr/admin/login");
		this.browser.findElement(By.id("username")).sendKeys(StaffBrowser.ADMIN);
		this.browser.findElement(By.id("password")).sendKeys(StaffBrowser.ADMIN_PASSWORD + Keys.ENTER);
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).withMessage("signed in")
			.until((browser) -> browser.getCurrentUrl().endsWith("/fr/admin"));
	}

	/**
	 * Opens a page and waits for its map, if any, to show its markers.
	 */
	protected void open(String path) {
		this.browser.get(origin() + path);
		new WebDriverWait(this.browser, Duration.ofSeconds(10)).withMessage("map on " + path)
			.pollingEvery(Duration.ofMillis(20))
			.until((browser) -> script("const map = document.querySelector('.map-section');"
					+ " return map === null || map.dataset.ready === 'true'"));
	}

	@SuppressWarnings("unchecked")
	protected <T> T script(String script) {
		return (T) this.browser.executeScript(script);
	}

	protected String origin() {
		return "http://localhost:" + this.port;
	}

}
