package be.brussels.mediation.security;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * An office form sent with a CSRF token that no longer holds (the session had ended, or
 * its sender signed in again since opening it), kept in the session so that, signed in,
 * they find the form as they typed it rather than lose it. Only forms sent from the
 * site's own pages are kept: another site cannot fill a form for them.
 *
 * @param page the address of the form's page
 * @param fields the fields sent
 */
public record UnsavedForm(String page, Map<String, String[]> fields) implements Serializable {

	private static final String ATTRIBUTE = UnsavedForm.class.getName();

	private static final PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

	private static final RequestMatcher NEW_OFFICE = paths.matcher(HttpMethod.POST, "/*/admin/offices");

	private static final RequestMatcher OFFICE_FORMS = new OrRequestMatcher(NEW_OFFICE,
			paths.matcher(HttpMethod.POST, "/*/admin/offices/*"));

	/**
	 * Keeps the request's fields in the session (a new one if it had ended) if it sent an
	 * office form from this site.
	 * @return whether it was kept
	 */
	static boolean keep(HttpServletRequest request) {
		if (!OFFICE_FORMS.matches(request) || !fromThisSite(request)) {
			return false;
		}
		String page = request.getRequestURI() + (NEW_OFFICE.matches(request) ? "/new" : "");
		request.getSession().setAttribute(ATTRIBUTE, new UnsavedForm(page, new HashMap<>(request.getParameterMap())));
		return true;
	}

	/**
	 * The page where the kept form waits, if any.
	 */
	static Optional<String> waitingPage(HttpServletRequest request) {
		return kept(request).map(UnsavedForm::page);
	}

	/**
	 * The fields of the form kept for this page, taken out of the session.
	 */
	public static Optional<Map<String, String[]>> take(HttpServletRequest request) {
		Optional<UnsavedForm> form = kept(request).filter((kept) -> kept.page().equals(request.getRequestURI()));
		form.ifPresent((kept) -> request.getSession().removeAttribute(ATTRIBUTE));
		return form.map(UnsavedForm::fields);
	}

	private static Optional<UnsavedForm> kept(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null && session.getAttribute(ATTRIBUTE) instanceof UnsavedForm form) ? Optional.of(form)
				: Optional.empty();
	}

	private static boolean fromThisSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return site.equals("same-origin");
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		return origin != null && origin.equals(request.getScheme() + "://" + request.getHeader(HttpHeaders.HOST));
	}

}
