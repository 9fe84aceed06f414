package be.brussels.mediation.web;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The site's root sends each visitor to the home page in the language their browser asks
 * for, French when it asks for none of ours.
 */
@Controller
@WithoutLanguagePrefix
class LanguageRedirectController {

	@GetMapping("/")
	ResponseEntity<Void> root(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
		return redirect(accepted, "/");
	}

	/**
	 * The staff pages' short address, which the team can remember.
	 */
	@GetMapping("/admin")
	ResponseEntity<Void> admin(@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
		return redirect(accepted, "/admin");
	}

	/**
	 * Office addresses written without a language, as people pass them on: moved for good
	 * to the page in the language the browser asks for.
	 */
	@GetMapping({ "/offices", "/offices/{slug}" })
	ResponseEntity<Void> office(@PathVariable(required = false) String slug,
			@RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accepted) {
		String path = UriComponentsBuilder.fromPath("/offices/{slug}")
			.buildAndExpand((slug != null) ? slug : "")
			.encode()
			.toUriString();
		return redirect(accepted, (slug != null) ? path : "/offices", HttpStatus.MOVED_PERMANENTLY);
	}

	private static ResponseEntity<Void> redirect(String accepted, String path) {
		return redirect(accepted, path, HttpStatus.FOUND);
	}

	private static ResponseEntity<Void> redirect(String accepted, String path, HttpStatus status) {
		return ResponseEntity.status(status)
			.location(URI.create("/" + SiteLanguage.negotiate(accepted).getTag() + path))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.cacheControl(WebConfiguration.PUBLIC_PAGES)
			.build();
	}

}
