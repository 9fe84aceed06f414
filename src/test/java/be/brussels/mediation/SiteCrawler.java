package be.brussels.mediation;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Finds the site's pages as a visitor would: starting at the home page, it follows every
 * same-site link, so a new page is checked without anyone listing it.
 */
public final class SiteCrawler {

	/**
	 * Pages that no link reaches: the error pages.
	 */
	public static final List<String> PAGES_NO_LINK_REACHES = List.of("/offices/atlantis", "/error");

	private static final int MAX_PAGES = 500;

	private SiteCrawler() {
	}

	/**
	 * The paths (with query) of every page reachable from {@code /}, then the pages no
	 * link reaches.
	 */
	@SuppressWarnings("unchecked")
	public static List<String> crawl(ChromeDriver browser, String origin) {
		Set<String> found = new LinkedHashSet<>(List.of("/"));
		Deque<String> queue = new ArrayDeque<>(found);
		while (!queue.isEmpty() && found.size() < MAX_PAGES) {
			browser.get(origin + queue.poll());
			List<String> links = (List<String>) browser
				.executeScript("return Array.from(document.querySelectorAll('a[href]'), (a) => a.href)");
			for (String link : links) {
				String path = sameSitePath(URI.create(link), URI.create(origin));
				if (path != null && found.add(path)) {
					queue.add(path);
				}
			}
		}
		List<String> pages = new ArrayList<>(found);
		pages.addAll(PAGES_NO_LINK_REACHES);
		return pages;
	}

	private static String sameSitePath(URI link, URI origin) {
		if (!"http".equals(link.getScheme()) || !origin.getHost().equals(link.getHost())
				|| origin.getPort() != link.getPort()) {
			return null;
		}
		return link.getRawPath() + ((link.getRawQuery() != null) ? "?" + link.getRawQuery() : "");
	}

}
