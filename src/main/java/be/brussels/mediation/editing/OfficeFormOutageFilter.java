package be.brussels.mediation.editing;

import java.io.IOException;

import be.brussels.mediation.web.DatabaseOutageFilter;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.stereotype.Component;

/**
 * An office form sent while the database does not answer (neither the staff session nor
 * the office can be read, nothing can be saved) is shown again as typed, with a notice
 * that nothing was saved, so that staff send it again later rather than type it again.
 * The form is handed to {@link OfficeAdminController} once more, straight to Spring MVC
 * (the filters that read the database are not run again), marked so that it only shows
 * the form: what it sent, and the CSRF token it sent, which holds again once the session
 * can be read. Runs outside the staff sessions' filter and Spring Security.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class OfficeFormOutageFilter extends DatabaseOutageFilter {

	/**
	 * The request attribute that marks an office form sent while the database was down.
	 */
	static final String NOT_SAVED = OfficeFormOutageFilter.class.getName() + ".notSaved";

	private static final PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

	/**
	 * Where the office's form is sent whole: to be saved, saved and marked as checked, or
	 * with archiving asked for.
	 */
	private static final RequestMatcher OFFICE_FORMS = new OrRequestMatcher(
			paths.matcher(HttpMethod.POST, "/*/admin/offices"), paths.matcher(HttpMethod.POST, "/*/admin/offices/*"),
			paths.matcher(HttpMethod.POST, "/*/admin/offices/*/{action:checked|archive|unarchive}"));

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !OFFICE_FORMS.matches(request);
	}

	@Override
	protected void answer(HttpServletRequest request, HttpServletResponse response, Exception failure)
			throws ServletException, IOException {
		log(request, failure, "with the form as typed");
		request.setAttribute(NOT_SAVED, Boolean.TRUE);
		String token = request.getParameter("_csrf");
		if (token != null) {
			request.setAttribute(CsrfToken.class.getName(), new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", token));
		}
		request.getServletContext().getNamedDispatcher("dispatcherServlet").forward(request, response);
	}

}
