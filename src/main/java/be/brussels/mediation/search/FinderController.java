package be.brussels.mediation.search;

import java.util.List;
import java.util.Locale;

import be.brussels.mediation.office.OfficeRepository;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * "Which office is mine?" from a street or postal code, and "near me" from the browser's
 * location. Where no office can be named, every office is listed with its phone numbers.
 */
@Controller
class FinderController {

	/** How many offices "near me" lists. */
	private static final int NEAREST_COUNT = 3;

	/** How many street names are suggested while typing. */
	private static final int SUGGESTIONS = 8;

	private final OfficeFinder finder;

	private final OfficeRepository offices;

	FinderController(OfficeFinder finder, OfficeRepository offices) {
		this.finder = finder;
		this.offices = offices;
	}

	@GetMapping("/my-office")
	String myOffice(@Valid @ModelAttribute("streetForm") StreetForm form, BindingResult errors, Locale locale,
			Model model, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		else if (!form.isBlank()) {
			StreetAnswer answer = this.finder.find((form.getStreet() != null) ? form.getStreet() : "", form.getId());
			model.addAttribute("answer", answer);
			if (answer.office() == null && answer.kind() != StreetAnswer.Kind.CHOOSE) {
				model.addAttribute("allOffices", this.offices.findPublishedInDistrictOrder(locale));
			}
		}
		return "search/my-office";
	}

	/**
	 * Street names for suggestions while typing (JSON); fewer than three letters suggest
	 * nothing.
	 */
	@GetMapping(path = "/streets", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	List<String> streets(@RequestParam(defaultValue = "") String q) {
		String typed = q.strip();
		if (typed.length() < 3 || typed.length() > SearchForm.MAX_LENGTH
				|| typed.chars().anyMatch(Character::isISOControl)) {
			return List.of();
		}
		return this.finder.suggest(typed, SUGGESTIONS);
	}

	@GetMapping("/nearest")
	String nearest(@Valid @ModelAttribute("nearForm") NearForm form, BindingResult errors, Locale locale, Model model,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			model.addAttribute("allOffices", this.offices.findPublishedInDistrictOrder(locale));
		}
		else {
			model.addAttribute("nearest", this.finder.nearest(form.getLat(), form.getLon(), NEAREST_COUNT));
		}
		return "search/nearest";
	}

}
