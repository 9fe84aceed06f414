package be.brussels.mediation.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Builds the site's page paths, so that templates and controllers never spell them out.
 * Every page's model holds it as {@code links}: {@code @{${links.office(office.slug)}}}.
 */
@ControllerAdvice
public class Links {

	@ModelAttribute("links")
	Links links() {
		return this;
	}

	public String home() {
		return "/";
	}

	public String accessibility() {
		return "/accessibility";
	}

	public String officeList() {
		return "/#offices";
	}

	public String office(String slug) {
		return "/offices/" + slug;
	}

}
