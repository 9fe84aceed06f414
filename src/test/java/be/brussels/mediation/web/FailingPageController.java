package be.brussels.mediation.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * A page that fails, in the tests only, so that the browser tests check the server error
 * page as residents would see it ({@code /fr/test/failure}).
 */
@Controller
class FailingPageController {

	@GetMapping("/test/failure")
	String fail() {
		throw new IllegalStateException("A failure the tests asked for");
	}

}
