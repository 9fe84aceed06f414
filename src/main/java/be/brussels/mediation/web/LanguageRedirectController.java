package be.brussels.mediation.web;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The site's root sends each visitor to the home page in the language their browser asks
 * for, French when it asks for none of ours.
 */
@Controller
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

	private static ResponseEntity<Void> redirect(String accepted, String path) {
		return ResponseEntity.status(HttpStatus.FOUND)
			.location(URI.create("/" + SiteLanguage.negotiate(accepted).getTag() + path))
			.header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
			.cacheControl(WebConfiguration.PUBLIC_PAGES)
			.build();
	}

}
