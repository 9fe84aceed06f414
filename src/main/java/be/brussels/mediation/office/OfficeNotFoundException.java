package be.brussels.mediation.office;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No published office has the requested slug: the site's 404 page answers.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class OfficeNotFoundException extends RuntimeException {

	public OfficeNotFoundException(String slug) {
		super("No published office with slug " + slug);
	}

}
