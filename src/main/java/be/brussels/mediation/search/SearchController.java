package be.brussels.mediation.search;

import java.util.List;
import java.util.Locale;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OfficeRepository;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The search results page. Without a match it says so and lists every office with its
 * phone numbers, so that nobody leaves empty-handed.
 */
@Controller
class SearchController {

	private final OfficeSearch search;

	private final OfficeRepository offices;

	SearchController(OfficeSearch search, OfficeRepository offices) {
		this.search = search;
		this.offices = offices;
	}

	@GetMapping("/search")
	String search(@Valid @ModelAttribute("searchForm") SearchForm form, BindingResult errors, Locale locale,
			Model model, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "search/results";
		}
		if (!form.isBlank()) {
			List<Office> found = this.search.search(form.getQ().strip(), locale);
			model.addAttribute("results", found);
			if (found.isEmpty()) {
				model.addAttribute("allOffices", this.offices.findPublishedInDistrictOrder(locale));
			}
		}
		return "search/results";
	}

}
