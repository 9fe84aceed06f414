package be.brussels.mediation.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Turns away, before anything reads them, requests the site cannot read: a body that is
 * not a form (every form of the site is sent URL-encoded: no file, no JSON, no multipart)
 * gets 415, and parameters that cannot be decoded (a broken character encoding, too many
 * of them, a body that stalls) get 400, logged as one line by the error page. Runs right
 * after the character encoding is set.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class RequestGuard extends OncePerRequestFilter {

	private static final Logger logger = LoggerFactory.getLogger(RequestGuard.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (hasBody(request) && !isForm(request)) {
			refuse(request, response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "a body of type " + request.getContentType());
			return;
		}
		try {
			request.getParameterMap();
		}
		catch (IllegalStateException ex) {
			// Tomcat's InvalidParameterException: the parameters could not be read.
			refuse(request, response, HttpStatus.BAD_REQUEST, ex.getMessage());
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean hasBody(HttpServletRequest request) {
		return !HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())
				&& (request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null);
	}

	private static boolean isForm(HttpServletRequest request) {
		try {
			return request.getContentType() != null && MediaType.APPLICATION_FORM_URLENCODED
				.equalsTypeAndSubtype(MediaType.parseMediaType(request.getContentType()));
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static void refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
			String reason) throws IOException {
		if (response.isCommitted()) {
			// A body that stalled until the read timeout: nothing can be answered.
			logger.warn("{} for {} {}: the client stopped sending", status.value(), request.getMethod(),
					request.getRequestURI());
			return;
		}
		request.setAttribute(ErrorPages.REASON, reason);
		response.sendError(status.value());
	}

}
