package be.brussels.mediation.opendata;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.PublishedOffices;
import be.brussels.mediation.web.DateText;
import be.brussels.mediation.web.SiteLanguage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The "Open data" page: what each file and the API hold, on what terms, how often they
 * change, and when they last did.
 */
@Controller
class OpenDataController {

	private final PublishedOffices offices;

	private final OpenDataProperties terms;

	OpenDataController(PublishedOffices offices, OpenDataProperties terms) {
		this.offices = offices;
		this.terms = terms;
	}

	@GetMapping("/open-data")
	String openData(Locale locale, Model model) {
		model.addAttribute("tabular", "/open-data/hsds-" + SiteLanguage.of(locale).getTag() + ".zip");
		model.addAttribute("licenceName", this.terms.licenceName());
		model.addAttribute("licenceUrl", this.terms.licenceUrl());
		model.addAttribute("attribution", this.terms.attribution());
		model.addAttribute("lastChange", lastChange(this.offices).map((day) -> DateText.day(day, locale)).orElse(null));
		return "opendata/page";
	}

	/** The day the published offices last changed, if any is published. */
	static Optional<LocalDate> lastChange(PublishedOffices offices) {
		return offices.inDistrictOrder(Locale.FRENCH)
			.stream()
			.map(Office::getUpdatedAt)
			.max(Comparator.naturalOrder())
			.map((Instant changed) -> changed.atZone(HsdsDocuments.BRUSSELS).toLocalDate());
	}

}
