package be.brussels.mediation.web;

import java.util.Arrays;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Builds the site's page paths in the current page's language, so that templates and
 * controllers never spell them out. Every page's model holds it as {@code links}:
 * {@code @{${links.office(office.slug)}}}.
 */
@ControllerAdvice
public class Links {

	private final String baseUrl;

	Links(SiteProperties site) {
		this.baseUrl = site.origin();
	}

	@ModelAttribute("links")
	Links links() {
		return this;
	}

	public String home() {
		return prefix() + "/";
	}

	public String accessibility() {
		return prefix() + "/accessibility";
	}

	public String openData() {
		return prefix() + "/open-data";
	}

	public String privacy() {
		return prefix() + "/privacy";
	}

	public String search() {
		return prefix() + "/search";
	}

	public String streetSuggestions() {
		return prefix() + "/streets";
	}

	public String nearest() {
		return prefix() + "/nearest";
	}

	/**
	 * The offices as GeoJSON for a map: all of them, or the one with the given slug.
	 */
	public String officesGeoJson(String slug) {
		return prefix() + "/offices.geojson" + ((slug != null) ? "?office=" + slug : "");
	}

	public String officeList() {
		return prefix() + "/offices";
	}

	public String office(String slug) {
		return prefix() + "/offices/" + slug;
	}

	/**
	 * A staff page: {@code admin("/offices/marolles")}.
	 */
	public String admin(String rest) {
		return prefix() + "/admin" + rest;
	}

	/**
	 * The form to report a problem with an office's details.
	 */
	public String report(String slug) {
		return office(slug) + "/report";
	}

	/**
	 * The current page in every language, worked out once for the layout's alternate
	 * links and language menu.
	 */
	@ModelAttribute("pageLanguages")
	PageLanguages pageLanguages() {
		return languages(restOfCurrentPage(), SiteLanguage.of(LocaleContextHolder.getLocale()));
	}

	/**
	 * A page of the site in every language, from its path in one of them
	 * ({@code languagesOf(links.office("marolles"))}): the same addresses as that page's
	 * own canonical and alternate links, for the sitemap.
	 * @throws IllegalArgumentException when the path has no language
	 */
	public PageLanguages languagesOf(String path) {
		SiteLanguage language = SiteLanguage.ofPath(path)
			.orElseThrow(() -> new IllegalArgumentException("Not a page in one of the site's languages: " + path));
		return languages(path.substring(language.getTag().length() + 1), language);
	}

	/**
	 * The page with the given path after its language (and query, if any) in every
	 * language, its address in {@code current} as canonical.
	 */
	private PageLanguages languages(String rest, SiteLanguage current) {
		List<PageLanguages.Version> all = Arrays.stream(SiteLanguage.values())
			.map((language) -> new PageLanguages.Version(language.getTag(), language.getNativeName(),
					"/" + language.getTag() + rest, this.baseUrl + "/" + language.getTag() + rest))
			.toList();
		return new PageLanguages(all.get(current.ordinal()).absolute(), all.get(SiteLanguage.FR.ordinal()), all,
				all.stream().filter((version) -> !version.tag().equals(current.getTag())).toList());
	}

	/**
	 * The current page in another language, with the same query; the home page when the
	 * current page has no language of its own.
	 */
	public String in(SiteLanguage language) {
		return "/" + language.getTag() + restOfCurrentPage();
	}

	/**
	 * The current page's path after its language, with its query: {@code /} when the page
	 * has no language of its own.
	 */
	private static String restOfCurrentPage() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		String path = PathLocaleResolver.pagePath(request);
		String rest = SiteLanguage.ofPath(path)
			.map((current) -> path.substring(current.getTag().length() + 1))
			.orElse("/");
		String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
		return rest + query;
	}

	/**
	 * The absolute address of the current page in a language, for {@code hreflang} and
	 * canonical links.
	 */
	public String absolute(SiteLanguage language) {
		return this.baseUrl + in(language);
	}

	/**
	 * The absolute address of a path of this site.
	 */
	public String absolute(String path) {
		return this.baseUrl + path;
	}

	public String canonical() {
		return absolute(SiteLanguage.of(LocaleContextHolder.getLocale()));
	}

	private static String prefix() {
		return "/" + SiteLanguage.of(LocaleContextHolder.getLocale()).getTag();
	}

	/**
	 * A page's canonical address, the page for {@code hreflang="x-default"} (French, the
	 * site's default language), the page in every language, and in the others than its
	 * own.
	 */
	public record PageLanguages(String canonical, Version xDefault, List<Version> all, List<Version> others) {

		/** The page in a language: its tag, the language's own name, path and address. */
		public record Version(String tag, String nativeName, String path, String absolute) {

		}

	}

}
