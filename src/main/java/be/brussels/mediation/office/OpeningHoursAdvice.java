package be.brussels.mediation.office;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the opening hours in words, as {@code hours}: office pages and the
 * lists of offices say whether each office is open.
 */
@ControllerAdvice
class OpeningHoursAdvice {

	private final OpeningHoursText hours;

	OpeningHoursAdvice(OpeningHoursText hours) {
		this.hours = hours;
	}

	@ModelAttribute("hours")
	OpeningHoursText hours() {
		return this.hours;
	}

}
