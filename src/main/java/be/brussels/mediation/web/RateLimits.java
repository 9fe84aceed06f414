package be.brussels.mediation.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits how often one client (see {@link ClientAddress}) may ask for public pages that
 * do real work: searches, street answers, offices near a point, street suggestions, the
 * report form. A person never comes near the limit; a client that goes past it gets the
 * "too many requests" page (429) with {@code Retry-After}, and costs nothing more.
 */
class RateLimits implements HandlerInterceptor {

	private final String name;

	private final Throttle throttle;

	/**
	 * @param name what the limited pages are, to count them apart from others
	 * @param perMinute requests a client may send a minute
	 */
	RateLimits(String name, int perMinute) {
		this.name = name;
		this.throttle = new Throttle(List.of(Throttle.rate(perMinute, Duration.ofMinutes(1))));
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Duration wait = this.throttle.tryAttempt(this.name + ":" + ClientAddress.key(request));
		if (wait.isZero()) {
			return true;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
		ErrorPages.send(request, response, HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests");
		return false;
	}

}
