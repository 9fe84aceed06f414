package be.brussels.mediation.opendata;

import java.util.Locale;

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

	private final OfficeRecords records;

	private final OpenDataProperties terms;

	OpenDataController(OfficeRecords records, OpenDataProperties terms) {
		this.records = records;
		this.terms = terms;
	}

	@GetMapping("/open-data")
	String openData(Locale locale, Model model) {
		model.addAttribute("tabular", "/open-data/hsds-" + SiteLanguage.of(locale).getTag() + ".zip");
		model.addAttribute("licenceName", this.terms.licenceName());
		model.addAttribute("licenceUrl", this.terms.licenceUrl());
		model.addAttribute("attribution", this.terms.attribution());
		model.addAttribute("lastChange",
				this.records.lastChange().map((day) -> DateText.day(day, locale)).orElse(null));
		return "opendata/page";
	}

}
