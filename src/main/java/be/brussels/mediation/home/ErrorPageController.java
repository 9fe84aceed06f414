package be.brussels.mediation.home;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OpeningHoursText;
import be.brussels.mediation.office.PublishedOffices;
import be.brussels.mediation.web.ErrorPages;
import be.brussels.mediation.web.WithoutLanguagePrefix;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.dao.DataAccessException;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Renders every error as a page of the site, in the language of the page that failed,
 * whatever the client accepts: a translated, plain explanation, never the exception text
 * or a stack trace, and never kept by a cache. The error path asked for directly is a
 * page that does not exist. A client's mistake (4xx) is logged as one line.
 */
@Controller
@WithoutLanguagePrefix
class ErrorPageController implements ErrorController {

	private static final Logger logger = LoggerFactory.getLogger(ErrorPageController.class);

	private final PublishedOffices offices;

	private final OpeningHoursText hours;

	ErrorPageController(PublishedOffices offices, OpeningHoursText hours) {
		this.offices = offices;
		this.hours = hours;
	}

	@RequestMapping("${server.error.path:/error}")
	ModelAndView error(HttpServletRequest request, HttpServletResponse response, Locale locale) {
		HttpStatus status = (request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code)
				? HttpStatus.resolve(code) : HttpStatus.NOT_FOUND;
		if (status == null) {
			status = HttpStatus.INTERNAL_SERVER_ERROR;
		}
		if (status.is4xxClientError()) {
			logger.warn("{} for {} {}{}", status.value(), request.getMethod(),
					request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI), reason(request));
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		// What the failed page could produce (JSON, say) is not what its error page is.
		request.removeAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE);
		Map<String, Object> model = new HashMap<>(Map.of("kind", kind(request, status)));
		// A page that does not exist, or that the database could not give: the offices
		// with their phones, if they are held in memory.
		if (status == HttpStatus.NOT_FOUND || status == HttpStatus.SERVICE_UNAVAILABLE) {
			offices(locale, status == HttpStatus.NOT_FOUND)
				.ifPresent((offices) -> model.put("offices", this.hours.cards(offices, locale)));
		}
		return new ModelAndView("error", model, status);
	}

	/**
	 * The current offices, which a page that does not exist or cannot be shown lists with
	 * their phones, so that a resident who followed an old link, or came while the
	 * database did not answer, still reaches one: read if need be, or only if held in
	 * memory (then at once); none if the database cannot say.
	 */
	private Optional<List<Office>> offices(Locale locale, boolean read) {
		if (!read) {
			return this.offices.heldInDistrictOrder(locale);
		}
		try {
			return Optional.of(this.offices.inDistrictOrder(locale));
		}
		catch (DataAccessException | TransactionException ex) {
			logger.warn("The page that does not exist lists no offices: {}", ex.getMessage());
			return Optional.empty();
		}
	}

	/**
	 * Why the request was refused, on one line of a readable length: it may quote what
	 * the client sent.
	 */
	private static String reason(HttpServletRequest request) {
		Object reason = request.getAttribute(ErrorPages.REASON);
		if (reason == null) {
			reason = (request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) != null)
					? request.getAttribute(RequestDispatcher.ERROR_EXCEPTION)
					: request.getAttribute(DispatcherServlet.EXCEPTION_ATTRIBUTE);
		}
		if (reason == null) {
			return "";
		}
		String line = reason.toString().replaceAll("\\p{Cntrl}", "?");
		return ": " + ((line.length() > 200) ? line.substring(0, 200) + "…" : line);
	}

	private static String kind(HttpServletRequest request, HttpStatus status) {
		if (request.getAttribute(ErrorPages.KIND) instanceof String kind) {
			return kind;
		}
		return switch (status) {
			case NOT_FOUND -> "notFound";
			case FORBIDDEN -> "forbidden";
			case TOO_MANY_REQUESTS -> "tooManyRequests";
			default -> status.is5xxServerError() ? "serverError" : "clientError";
		};
	}

}
