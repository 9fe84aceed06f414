package be.brussels.mediation.web;

import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * HTTP caching of the pages that say whether offices are open now. Opening hours are in
 * whole minutes, so what such a page says holds until the next minute starts, unless
 * staff edit: browsers and shared caches may keep it until then, and no longer. A page
 * shown with an error is not kept at all.
 */
class OpenNowCaching implements HandlerInterceptor {

	private final Clock clock;

	OpenNowCaching(Clock clock) {
		this.clock = clock;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		// Brussels is a whole number of hours from UTC: its minutes start with UTC's.
		long seconds = 60 - this.clock.instant().getEpochSecond() % 60;
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				CacheControl.maxAge(Duration.ofSeconds(seconds)).cachePublic().getHeaderValue());
		return true;
	}

	/**
	 * A page answered with an error (a form shown again with its errors) is not kept.
	 */
	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (response.getStatus() >= 400) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		}
	}

}
