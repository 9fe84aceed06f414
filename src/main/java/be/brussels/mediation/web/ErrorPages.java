package be.brussels.mediation.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error inside the site's layout with a translated, plain explanation:
 * never the exception text or a stack trace.
 */
@Component
public class ErrorPages implements ErrorViewResolver {

	/**
	 * The request attribute that names a more precise explanation than the status's (the
	 * key under {@code error.} in the bundles).
	 */
	public static final String KIND = ErrorPages.class.getName() + ".kind";

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (request.getAttribute(KIND) instanceof String kind) {
			return new ModelAndView("error", Map.of("kind", kind), status);
		}
		String kind = switch (status) {
			case NOT_FOUND -> "notFound";
			case FORBIDDEN -> "forbidden";
			default -> status.is5xxServerError() ? "serverError" : "clientError";
		};
		return new ModelAndView("error", Map.of("kind", kind), status);
	}

}
