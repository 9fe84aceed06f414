package be.brussels.mediation.home;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import be.brussels.mediation.office.Address;
import be.brussels.mediation.office.GeoPoint;
import be.brussels.mediation.office.LocalizedText;
import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OfficeRepository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search engines find every public page in the three languages in {@code /sitemap.xml},
 * each with the alternates its own head gives, and are kept out of staff pages and of
 * endless answers by {@code /robots.txt}; both are cached as public pages are.
 */
@SiteTest
class SitemapTests {

	private static final String BASE = "http://localhost:8080";

	private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

	private static final List<String> OFFICES = List.of("laeken-centre", "laeken-north", "marolles",
			"neder-over-heembeek", "north", "senne");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	OfficeRepository offices;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@Test
	void listsEveryPublicPageInTheThreeLanguagesWithItsAlternatesAndTheDefault() {
		Map<String, List<String>> urls = urls(sitemap());

		List<String> pages = Stream
			.concat(Stream.of("/", "/offices", "/accessibility", "/open-data", "/privacy"),
					OFFICES.stream().map((slug) -> "/offices/" + slug))
			.toList();
		List<String> expected = pages.stream()
			.flatMap((page) -> Stream.of("fr", "nl", "en").map((language) -> BASE + "/" + language + page))
			.toList();
		assertThat(urls.keySet()).containsExactlyInAnyOrderElementsOf(expected);
		for (String page : pages) {
			for (String language : List.of("fr", "nl", "en")) {
				assertThat(urls.get(BASE + "/" + language + page)).as(language + page)
					.containsExactly("fr " + BASE + "/fr" + page, "nl " + BASE + "/nl" + page,
							"en " + BASE + "/en" + page, "x-default " + BASE + "/fr" + page);
			}
		}
	}

	@Test
	void givesEachPageTheCanonicalAndAlternateAddressesThePageItselfGives() {
		Map<String, List<String>> urls = urls(sitemap());

		assertThat(urls).isNotEmpty();
		urls.forEach((loc, alternates) -> {
			org.jsoup.nodes.Document page = Html.page(this.mvc, loc.substring(BASE.length()));
			assertThat(page.select("link[rel=canonical]").attr("href")).as(loc).isEqualTo(loc);
			assertThat(page.select("link[rel=alternate]"))
				.extracting((link) -> link.attr("hreflang") + " " + link.attr("href"))
				.as(loc)
				.containsExactlyElementsOf(alternates);
		});
	}

	@Test
	@Transactional
	void listsPublishedOfficesOnlyNotThoseUnpublishedOrArchived() {
		this.offices.saveAndFlush(office("cache", false));
		this.offices.saveAndFlush(office("nouveau", true));
		this.jdbc.sql("update office set archived = true, published = false where slug = 'senne'").update();

		assertThat(urls(sitemap()).keySet())
			.contains(BASE + "/fr/offices/nouveau", BASE + "/nl/offices/nouveau", BASE + "/en/offices/nouveau")
			.noneMatch((loc) -> loc.contains("/offices/cache") || loc.contains("/offices/senne"));
	}

	@Test
	void listsNoStaffPageNorAnswerNorForm() {
		assertThat(urls(sitemap()).keySet()).isNotEmpty()
			.noneMatch((loc) -> Stream
				.of("/admin", "/search", "/nearest", "/streets", "/report", ".geojson", ".ics", ".vcf", "?")
				.anyMatch(loc::contains));
	}

	@Test
	@Transactional
	void datesEachOfficePageFromItsLastChangeOrCheckWhicheverIsLater() {
		this.jdbc.sql("""
				update office set updated_at = '2026-11-02 09:00:00+00', checked_at = '2026-11-20 14:30:00+00'
				where slug = 'marolles'""").update();
		this.jdbc.sql("""
				update office set updated_at = '2026-11-25 08:15:00.250+00', checked_at = '2026-11-20 14:30:00+00'
				where slug = 'north'""").update();
		this.jdbc.sql("update office set updated_at = '2026-10-01 12:00:00+00', checked_at = null where slug = 'senne'")
			.update();

		Map<String, String> lastmod = lastmods(sitemap());

		assertThat(lastmod).containsEntry(BASE + "/nl/offices/marolles", "2026-11-20T14:30:00Z")
			.containsEntry(BASE + "/fr/offices/north", "2026-11-25T08:15:00Z")
			.containsEntry(BASE + "/en/offices/senne", "2026-10-01T12:00:00Z");
		assertThat(lastmod).as("pages without a date of their own")
			.doesNotContainKeys(BASE + "/fr/", BASE + "/fr/offices", BASE + "/fr/accessibility");
	}

	@Test
	void followsTheSitemapProtocolsShape() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatus(HttpStatus.OK).hasHeader("Content-Type", "application/xml;charset=UTF-8");
		String xml = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");

		Element urlset = parse(xml).getDocumentElement();
		assertThat(urlset.getNamespaceURI()).isEqualTo(SITEMAP_NAMESPACE);
		assertThat(urlset.getLocalName()).isEqualTo("urlset");
		List<Element> urls = children(urlset);
		assertThat(urls).isNotEmpty().allSatisfy((url) -> {
			assertThat(url.getNamespaceURI()).isEqualTo(SITEMAP_NAMESPACE);
			assertThat(url.getLocalName()).isEqualTo("url");
			List<Element> parts = children(url);
			assertThat(parts.get(0).getNamespaceURI()).isEqualTo(SITEMAP_NAMESPACE);
			assertThat(parts.get(0).getLocalName()).isEqualTo("loc");
			assertThat(parts.get(0).getTextContent()).startsWith(BASE + "/").hasSizeLessThan(2048);
			assertThat(parts.subList(1, parts.size())).allSatisfy((part) -> {
				if (SITEMAP_NAMESPACE.equals(part.getNamespaceURI())) {
					assertThat(part.getLocalName()).isEqualTo("lastmod");
					assertThat(part.getTextContent()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
				}
				else {
					assertThat(part.getNamespaceURI()).isEqualTo(XHTML_NAMESPACE);
					assertThat(part.getLocalName()).isEqualTo("link");
					assertThat(part.getAttribute("rel")).isEqualTo("alternate");
					assertThat(part.getAttribute("hreflang")).isIn("fr", "nl", "en", "x-default");
					assertThat(part.getAttribute("href")).startsWith(BASE + "/");
				}
			});
		});
		assertThat(urls).hasSizeLessThan(50_000);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fr/sitemap.xml", "/nl/robots.txt" })
	void isAtTheSitesRootOnlyNotUnderALanguage(String path) {
		assertThat(Html.fetch(this.port, "GET", path).statusCode()).isEqualTo(404);
	}

	@Test
	void robotsKeepCrawlersOutOfStaffPagesAndNameTheSitemap() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/robots.txt").exchange();
		assertThat(result).hasStatus(HttpStatus.OK).hasHeader("Content-Type", "text/plain;charset=UTF-8");
		String robots = result.getResponse().getContentAsString(StandardCharsets.UTF_8);

		assertThat(robots.lines()).first().isEqualTo("User-agent: *");
		assertThat(robots.lines()).contains("Disallow: /admin", "Disallow: /fr/admin", "Disallow: /nl/admin",
				"Disallow: /en/admin", "Sitemap: " + BASE + "/sitemap.xml");
		for (String refused : List.of("/admin", "/fr/admin", "/nl/admin/login", "/en/admin/offices/marolles",
				"/fr/search?q=dette", "/nl/nearest?lat=50.84&lon=4.35", "/en/streets?q=rue",
				"/fr/offices/marolles/report", "/nl/offices/senne/report/sent")) {
			assertThat(disallowed(robots, refused)).as(refused).isTrue();
		}
	}

	@Test
	void robotsLetCrawlersReadEveryPageOfTheSitemap() throws Exception {
		String robots = this.mvc.get().uri("/robots.txt").exchange().getResponse().getContentAsString();

		assertThat(urls(sitemap()).keySet()).isNotEmpty()
			.allSatisfy((loc) -> assertThat(disallowed(robots, loc.substring(BASE.length()))).as(loc).isFalse());
	}

	@ParameterizedTest
	@ValueSource(strings = { "/sitemap.xml", "/robots.txt" })
	void isCachedAsAPublicPageAndAnsweredNotModifiedWithoutACookie(String path) throws Exception {
		HttpResponse<String> first = get(path, null);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).matches("max-age=\\d+, public"));
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<String> again = get(path, etag);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("Set-Cookie")).isEmpty();
	}

	private HttpResponse<String> get(String path, String etag) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private Document sitemap() {
		MvcTestResult result = this.mvc.get().uri("/sitemap.xml").exchange();
		assertThat(result).hasStatus(HttpStatus.OK);
		return parse(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8));
	}

	private static Document parse(String xml) {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception ex) {
			throw new AssertionError("The sitemap is not well-formed XML", ex);
		}
	}

	/** Each {@code loc}, in order, with its alternates as "hreflang href". */
	private static Map<String, List<String>> urls(Document sitemap) {
		Map<String, List<String>> urls = new LinkedHashMap<>();
		for (Element url : children(sitemap.getDocumentElement())) {
			String loc = url.getElementsByTagNameNS(SITEMAP_NAMESPACE, "loc").item(0).getTextContent();
			List<String> alternates = children(url).stream()
				.filter((part) -> XHTML_NAMESPACE.equals(part.getNamespaceURI()))
				.map((link) -> link.getAttribute("hreflang") + " " + link.getAttribute("href"))
				.toList();
			assertThat(urls.put(loc, alternates)).as("listed once: " + loc).isNull();
		}
		return urls;
	}

	/** Each {@code loc} that has a {@code lastmod}, with it. */
	private static Map<String, String> lastmods(Document sitemap) {
		return children(sitemap.getDocumentElement()).stream()
			.filter((url) -> url.getElementsByTagNameNS(SITEMAP_NAMESPACE, "lastmod").getLength() > 0)
			.collect(Collectors.toMap(
					(url) -> url.getElementsByTagNameNS(SITEMAP_NAMESPACE, "loc").item(0).getTextContent(),
					(url) -> url.getElementsByTagNameNS(SITEMAP_NAMESPACE, "lastmod").item(0).getTextContent()));
	}

	private static List<Element> children(Element parent) {
		List<Element> children = new ArrayList<>();
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				children.add(element);
			}
			else {
				assertThat(child.getTextContent()).as("text between elements").isBlank();
			}
		}
		return children;
	}

	/**
	 * Whether a rule of the robots.txt group for every crawler refuses the path, read as
	 * RFC 9309 does: a rule is a prefix of the path, {@code *} standing for any
	 * characters. The file has no {@code Allow} rule.
	 */
	private static boolean disallowed(String robots, String path) {
		assertThat(robots).doesNotContain("Allow:");
		return robots.lines()
			.filter((line) -> line.startsWith("Disallow:"))
			.map((line) -> line.substring("Disallow:".length()).strip())
			.filter((rule) -> !rule.isEmpty())
			.map((rule) -> Pattern
				.compile(Arrays.stream(rule.split("\\*", -1)).map(Pattern::quote).collect(Collectors.joining(".*"))))
			.anyMatch((rule) -> rule.matcher(path).lookingAt());
	}

	private static Office office(String slug, boolean published) {
		Office office = new Office(slug, new LocalizedText("Quartier", "Wijk", "District"),
				new LocalizedText("Médiation sociale Quartier", "Sociale bemiddeling Wijk",
						"Social mediation District"),
				new Address("Rue Haute", "Hoogstraat", "1", "1000", "Bruxelles", "Brussel"),
				new GeoPoint(50.84, 4.35, true));
		office.setPublished(published);
		return office;
	}

}
