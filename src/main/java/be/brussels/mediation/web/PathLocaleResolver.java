package be.brussels.mediation.web;

import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleContextResolver;

/**
 * Takes the page language from the URL's first segment, so that every page is
 * bookmarkable and cacheable in each language and no cookie is needed. An error page
 * speaks the language of the page that failed.
 */
class PathLocaleResolver implements LocaleContextResolver {

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		return SiteLanguage.ofPath(pagePath(request)).orElse(SiteLanguage.FR).locale();
	}

	/**
	 * The language, read once for the request (a plain resolver is asked again for each
	 * message of the page).
	 */
	@Override
	public LocaleContext resolveLocaleContext(HttpServletRequest request) {
		return new SimpleLocaleContext(resolveLocale(request));
	}

	@Override
	public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		throw new UnsupportedOperationException("The language is chosen by the URL");
	}

	@Override
	public void setLocaleContext(HttpServletRequest request, HttpServletResponse response,
			LocaleContext localeContext) {
		throw new UnsupportedOperationException("The language is chosen by the URL");
	}

	/**
	 * The path of the page shown: for an error page, that of the request that failed.
	 */
	static String pagePath(HttpServletRequest request) {
		Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = (failed != null) ? failed.toString() : request.getRequestURI();
		return uri.substring(request.getContextPath().length());
	}

}
