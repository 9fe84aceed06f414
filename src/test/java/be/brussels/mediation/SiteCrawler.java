package be.brussels.mediation;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Finds the site's pages as a visitor would: starting at the root, it follows every
 * same-site link, language switchers included, so a new page is checked in French, Dutch
 * and English without anyone listing it.
 */
public final class SiteCrawler {

	/**
	 * Pages that no link reaches: error pages (the server error page from a page of the
	 * tests that fails), and forms' results, empty and error states, in each language
	 * (the archiving's confirmation, which a button of the office's form leads to,
	 * included).
	 */
	public static final List<String> PAGES_NO_LINK_REACHES = Stream.concat(Stream.of("fr", "nl", "en")
		.flatMap((language) -> Stream.of("/offices/atlantis", "/search?q=", "/search?q=dette", "/search?q=help",
				"/search?q=Heysel", "/search?q=Laeken", "/search?q=" + "x".repeat(201), "/search?q=Rue+Royale",
				"/search?q=Avenue+de+Versailles", "/search?q=1000", "/search?q=Louis+Bertrandlaan", "/search?q=qwxz",
				"/search?q=x&street=abc", "/search?q=1120", "/search?q=Derbylaan", "/nearest?lat=50.837&lon=4.348",
				"/nearest?lat=x", "/offices/marolles/report", "/offices/marolles/report/sent", "/admin/login",
				"/admin/login?error", "/admin/login?wait=3", "/admin/login?loggedOut", "/admin/login?expired",
				"/admin/login?expired=kept", "/admin/offices/marolles/archive", "/test/failure")
			.map((path) -> "/" + language + path)), Stream.of("/error", "/fr/%ZZ"))
		.toList();

	private static final int MAX_PAGES = 500;

	private SiteCrawler() {
	}

	/**
	 * The paths (with query) of every page reachable from {@code /} and the staff home
	 * page, where redirects land, then the pages no link reaches. Each page is opened
	 * once, by {@code open}, and handed to {@code visit} while the browser shows it (its
	 * links already read), so that a check can run on it without opening it again.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> crawl(ChromeDriver browser, String origin, Consumer<String> open,
			Consumer<String> visit) {
		Set<String> requested = new LinkedHashSet<>(List.of("/", "/fr/admin"));
		Set<String> pages = new LinkedHashSet<>();
		Deque<String> queue = new ArrayDeque<>(requested);
		while (!queue.isEmpty() && pages.size() < MAX_PAGES) {
			open.accept(queue.poll());
			String page = sameSitePath(URI.create(browser.getCurrentUrl()), URI.create(origin));
			// A file or the API's JSON, shown by the browser, is no page (a download
			// leaves the page that links to it shown, and found already).
			if (!"text/html".equals(browser.executeScript("return document.contentType")) || !pages.add(page)) {
				continue;
			}
			List<String> links = (List<String>) browser
				.executeScript("return Array.from(document.querySelectorAll('a[href]'), (a) => a.href)");
			for (String link : links) {
				String path = sameSitePath(URI.create(link), URI.create(origin));
				if (path != null && requested.add(path)) {
					queue.add(path);
				}
			}
			visit.accept(page);
		}
		for (String page : PAGES_NO_LINK_REACHES) {
			open.accept(page);
			visit.accept(page);
		}
		List<String> all = new ArrayList<>(pages);
		all.addAll(PAGES_NO_LINK_REACHES);
		return all;
	}

	private static String sameSitePath(URI link, URI origin) {
		if (!"http".equals(link.getScheme()) || !origin.getHost().equals(link.getHost())
				|| origin.getPort() != link.getPort()) {
			return null;
		}
		return link.getRawPath() + ((link.getRawQuery() != null) ? "?" + link.getRawQuery() : "");
	}

}
