package be.brussels.mediation.reports;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No problem report has this number: the staff see the site's "page not found".
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ReportNotFoundException extends RuntimeException {

	ReportNotFoundException(long id) {
		super("No problem report " + id);
	}

}
