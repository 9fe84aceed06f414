package be.brussels.mediation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium, headless, for the browser tests. Nothing is downloaded: without
 * {@code /usr/bin/chromium} and {@code /usr/bin/chromedriver} the tests are skipped with
 * a loud warning, or fail when {@code MEDIATION_BROWSER_TESTS=required} (as in CI).
 */
public final class Chromium {

	private static final Path BINARY = Path.of("/usr/bin/chromium");

	private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

	private Chromium() {
	}

	public static ChromeDriver start(Path profile) {
		if (!Files.isExecutable(BINARY) || !Files.isExecutable(DRIVER)) {
			String message = "Chromium is not installed: browser tests (accessibility, keyboard) are SKIPPED. "
					+ "Install it with: apt-get install -y chromium chromium-driver";
			if ("required".equals(System.getenv("MEDIATION_BROWSER_TESTS"))) {
				Assertions.fail(message);
			}
			System.err.printf("%n%s%n%s%n%s%n%n", "!".repeat(100), message, "!".repeat(100));
			Assumptions.abort(message);
		}
		ChromeOptions options = new ChromeOptions().setBinary(BINARY.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
				"--user-data-dir=" + profile.toAbsolutePath());
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
		return new ChromeDriver(service, options);
	}

	/**
	 * Sets the viewport to the given CSS pixel width, as a phone or desktop would have
	 * it.
	 */
	public static void setViewportWidth(ChromeDriver browser, int width) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", false));
	}

}
