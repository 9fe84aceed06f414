package be.brussels.mediation.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;

/**
 * How a request is answered with one of the site's error pages: the status, and, when the
 * status alone does not say it, which explanation the page gives.
 */
public final class ErrorPages {

	/**
	 * The request attribute that names a more precise explanation than the status's (the
	 * key under {@code error.} in the bundles).
	 */
	public static final String KIND = ErrorPages.class.getName() + ".kind";

	/**
	 * The request attribute that says, for the log, why a client's request was refused.
	 */
	public static final String REASON = ErrorPages.class.getName() + ".reason";

	private ErrorPages() {
	}

	/**
	 * Answers the request with the error page of the status, explained as {@code kind}.
	 */
	public static void send(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String kind)
			throws IOException {
		request.setAttribute(KIND, kind);
		response.sendError(status.value());
	}

}
