package be.brussels.mediation.home;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.PublishedOffices;
import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.PageCache;
import be.brussels.mediation.web.SiteLanguage;
import be.brussels.mediation.web.WithoutLanguagePrefix;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * What search engines read at the site's root, outside the languages' paths:
 * {@code /robots.txt}, which keeps them out of staff pages and endless answers, and
 * {@code /sitemap.xml}, every public page in the three languages with the same alternate
 * addresses as the page's own {@code <link rel="alternate">}. Both are cached as the
 * public pages that change only when staff edit (the site's page caching): with an ETag,
 * kept by the {@link PageCache}.
 */
@Controller
@WithoutLanguagePrefix
class SitemapController {

	static final String SITEMAP = "/sitemap.xml";

	static final String ROBOTS = "/robots.txt";

	/** The sitemap protocol's namespace (an identifier, not a link). */
	private static final String SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	/**
	 * The namespace of the alternate links in each {@code <url>} (the {@code hreflang}
	 * extension that search engines read).
	 */
	private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

	/** The JDK's own writer, whatever other StAX implementation the class path holds. */
	private static final XMLOutputFactory XML_WRITERS = XMLOutputFactory.newDefaultFactory();

	private final PublishedOffices offices;

	private final Links links;

	SitemapController(PublishedOffices offices, Links links) {
		this.offices = offices;
		this.links = links;
	}

	/**
	 * The home page, the office list, each published office, the accessibility statement,
	 * the open data page and the privacy notice, each in every language with its
	 * alternates; office pages with the time their details last changed or were checked.
	 * Not the answers to searches, forms nor staff pages.
	 */
	@GetMapping(SITEMAP)
	ResponseEntity<String> sitemap() throws XMLStreamException {
		// Asked for outside any language, the links are French: only their paths after
		// the language are used.
		List<Page> pages = new ArrayList<>();
		pages.add(new Page(this.links.home(), null));
		pages.add(new Page(this.links.officeList(), null));
		for (Office office : this.offices.inDistrictOrder(SiteLanguage.FR.locale())) {
			pages.add(new Page(this.links.office(office.getSlug()), (office.getLastChanged() != null)
					? office.getLastChanged().truncatedTo(ChronoUnit.SECONDS) : null));
		}
		pages.add(new Page(this.links.accessibility(), null));
		pages.add(new Page(this.links.openData(), null));
		pages.add(new Page(this.links.privacy(), null));

		StringWriter text = new StringWriter();
		XMLStreamWriter xml = XML_WRITERS.createXMLStreamWriter(text);
		xml.writeStartDocument("UTF-8", "1.0");
		xml.setDefaultNamespace(SITEMAP_NAMESPACE);
		xml.setPrefix("xhtml", XHTML_NAMESPACE);
		xml.writeStartElement(SITEMAP_NAMESPACE, "urlset");
		xml.writeDefaultNamespace(SITEMAP_NAMESPACE);
		xml.writeNamespace("xhtml", XHTML_NAMESPACE);
		for (Page page : pages) {
			Links.PageLanguages languages = this.links.languagesOf(page.path());
			for (Links.PageLanguages.Version version : languages.all()) {
				xml.writeStartElement(SITEMAP_NAMESPACE, "url");
				element(xml, "loc", version.absolute());
				if (page.lastChanged() != null) {
					element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(page.lastChanged()));
				}
				for (Links.PageLanguages.Version alternate : languages.all()) {
					alternate(xml, alternate.tag(), alternate.absolute());
				}
				alternate(xml, "x-default", languages.xDefault().absolute());
				xml.writeEndElement();
			}
		}
		xml.writeEndElement();
		xml.writeEndDocument();
		xml.close();
		return ResponseEntity.ok().contentType(XML).body(text.toString());
	}

	/**
	 * Lets every crawler in, but not into the staff pages, nor into answers that are as
	 * many as the questions asked, nor into the report forms; and says where the sitemap
	 * is.
	 */
	@GetMapping(ROBOTS)
	ResponseEntity<String> robots() {
		StringBuilder robots = new StringBuilder("User-agent: *\n");
		robots.append("# Staff pages: for signed-in staff only.\n");
		// The short address that leads to them, in the visitor's language.
		disallow(robots, "/admin");
		disallowInEveryLanguage(robots, this.links.admin(""));
		// Every question asked, street typed or position sent is another address: a
		// crawler following them would never end, and would meet the rate limits. What
		// they lead to, the offices' own pages, is in the sitemap. The report forms are
		// forms, not content, and rate-limited too.
		robots.append("# Answers to searches, street suggestions and offices near a position: one address\n");
		robots.append("# per question, without end (the sitemap lists the pages they lead to); report forms.\n");
		for (String path : List.of(this.links.search(), this.links.streetSuggestions(), this.links.nearest(),
				this.links.report("*"))) {
			disallowInEveryLanguage(robots, path);
		}
		robots.append("\nSitemap: ").append(this.links.absolute(SITEMAP)).append('\n');
		return ResponseEntity.ok().contentType(TEXT).body(robots.toString());
	}

	private void disallowInEveryLanguage(StringBuilder robots, String path) {
		for (Links.PageLanguages.Version version : this.links.languagesOf(path).all()) {
			disallow(robots, version.path());
		}
	}

	private static void disallow(StringBuilder robots, String path) {
		robots.append("Disallow: ").append(path).append('\n');
	}

	private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
		xml.writeStartElement(SITEMAP_NAMESPACE, name);
		xml.writeCharacters(text);
		xml.writeEndElement();
	}

	private static void alternate(XMLStreamWriter xml, String language, String address) throws XMLStreamException {
		xml.writeEmptyElement(XHTML_NAMESPACE, "link");
		xml.writeAttribute("rel", "alternate");
		xml.writeAttribute("hreflang", language);
		xml.writeAttribute("href", address);
	}

	/** A public page by its path in one language, and when it last changed, if known. */
	private record Page(String path, Instant lastChanged) {

	}

}
