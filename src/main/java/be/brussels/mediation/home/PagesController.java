package be.brussels.mediation.home;

import java.time.LocalDate;
import java.util.Locale;

import be.brussels.mediation.office.OpeningHoursText;
import be.brussels.mediation.office.PublishedOffices;
import be.brussels.mediation.search.SearchForm;
import be.brussels.mediation.web.DateText;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's general pages: the home page (what social mediation is, then every published
 * office) and the accessibility statement.
 */
@Controller
class PagesController {

	/** The day the accessibility statement was last reviewed. */
	static final LocalDate STATEMENT_DATE = LocalDate.of(2026, 12, 2);

	private final PublishedOffices offices;

	private final OpeningHoursText hours;

	/** Where residents may write about the site's accessibility; none if blank. */
	private final String accessibilityEmail;

	PagesController(PublishedOffices offices, OpeningHoursText hours,
			@Value("${mediation.accessibility.email:}") String accessibilityEmail) {
		this.offices = offices;
		this.hours = hours;
		this.accessibilityEmail = accessibilityEmail.isBlank() ? null : accessibilityEmail.strip();
	}

	@GetMapping("/")
	String home(Locale locale, Model model) {
		model.addAttribute("offices", this.hours.cards(this.offices.inDistrictOrder(locale), locale));
		model.addAttribute("searchForm", new SearchForm());
		return "home/home";
	}

	@GetMapping("/accessibility")
	String accessibility(Locale locale, Model model) {
		model.addAttribute("statementDate", DateText.day(STATEMENT_DATE, locale));
		model.addAttribute("accessibilityEmail", this.accessibilityEmail);
		return "home/accessibility";
	}

}
