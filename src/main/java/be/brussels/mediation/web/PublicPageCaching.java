package be.brussels.mediation.web;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * How long browsers, shared caches and the {@link PageCache} may keep a public page. One
 * that says whether offices are open holds until the next minute starts (opening hours
 * are in whole minutes), unless staff edit; others change only when staff edit, and are
 * kept a few minutes. Only pages asked for are kept, never a form's answer, nor a page
 * shown with an error.
 */
final class PublicPageCaching implements HandlerInterceptor {

	private final Clock clock;

	private final CacheControl fixed;

	private PublicPageCaching(Clock clock, CacheControl fixed) {
		this.clock = clock;
		this.fixed = fixed;
	}

	/** For pages that say whether offices are open now. */
	static PublicPageCaching untilNextMinute(Clock clock) {
		return new PublicPageCaching(clock, null);
	}

	/** For pages that change only when staff edit. */
	static PublicPageCaching asChangedByStaff() {
		return new PublicPageCaching(null, WebConfiguration.PUBLIC_PAGES);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (!HttpMethod.GET.matches(request.getMethod()) && !HttpMethod.HEAD.matches(request.getMethod())) {
			return true;
		}
		String cacheControl = (this.fixed != null) ? this.fixed.getHeaderValue()
				// Brussels is a whole number of hours from UTC: its minutes start with
				// UTC's.
				: "max-age=" + (60 - this.clock.instant().getEpochSecond() % 60) + ", public";
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (response.getStatus() >= 400) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
		}
	}

}
