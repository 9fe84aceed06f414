package be.brussels.mediation.web;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page, in the tests only, that may be shared but sets a cookie, numbered each time it
 * is rendered ({@code /fr/test/cookie}): the site has none, but one added must never be
 * kept.
 */
@Controller
class CookieSettingPageController {

	private final AtomicInteger rendered = new AtomicInteger();

	@GetMapping("/test/cookie")
	ResponseEntity<String> page() {
		int number = this.rendered.incrementAndGet();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.header(HttpHeaders.SET_COOKIE,
					ResponseCookie.from("rendered", Integer.toString(number)).build().toString())
			.body("rendered " + number);
	}

}
