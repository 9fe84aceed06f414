package be.brussels.mediation.web;

import java.time.LocalDate;
import java.util.Locale;

import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.search.SearchForm;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The site's general pages: the home page (what social mediation is, then every published
 * office) and the accessibility statement.
 */
@Controller
class PagesController {

	private final OfficeRepository offices;

	PagesController(OfficeRepository offices) {
		this.offices = offices;
	}

	/** The day the accessibility statement was last reviewed. */
	static final LocalDate STATEMENT_DATE = LocalDate.of(2026, 11, 22);

	@GetMapping("/")
	String home(Locale locale, Model model) {
		model.addAttribute("offices", this.offices.findPublishedInDistrictOrder(locale));
		model.addAttribute("searchForm", new SearchForm());
		return "web/home";
	}

	@GetMapping("/accessibility")
	String accessibility(Locale locale, Model model) {
		model.addAttribute("statementDate", DateText.day(STATEMENT_DATE, locale));
		return "web/accessibility";
	}

}
