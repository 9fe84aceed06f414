package be.brussels.mediation.web;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * An address that has moved for good (301). The path is encoded here, and never read as a
 * URI template: a value a visitor wrote ({@code {x}}) stays a value.
 */
public final class PermanentRedirect {

	private PermanentRedirect() {
	}

	/** A redirect to the path as built, its parts not yet encoded. */
	public static RedirectView to(UriComponentsBuilder path) {
		RedirectView redirect = new RedirectView(path.build().encode().toUriString());
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		redirect.setExposeModelAttributes(false);
		redirect.setExpandUriTemplateVariables(false);
		return redirect;
	}

}
