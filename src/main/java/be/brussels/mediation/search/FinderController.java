package be.brussels.mediation.search;

import java.util.List;
import java.util.Locale;

import be.brussels.mediation.office.OpeningHoursText;
import be.brussels.mediation.office.PublishedOffices;
import be.brussels.mediation.web.PermanentRedirect;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * "Which office is mine?": the question, asked of the one search ({@code /search} answers
 * it), street names suggested while typing, and "near me" from the browser's location.
 */
@Controller
class FinderController {

	/** How many offices "near me" lists. */
	private static final int NEAREST_COUNT = 3;

	/** How many street names are suggested while typing. */
	private static final int SUGGESTIONS = 8;

	private final OfficeFinder finder;

	private final PublishedOffices offices;

	private final OpeningHoursText hours;

	FinderController(OfficeFinder finder, PublishedOffices offices, OpeningHoursText hours) {
		this.finder = finder;
		this.offices = offices;
		this.hours = hours;
	}

	/**
	 * The finder's address, and its earlier answers at addresses that may have been kept:
	 * the one search asks and answers.
	 */
	@GetMapping("/my-office")
	RedirectView myOffice(@PathVariable String lang, @RequestParam(required = false) String street,
			@RequestParam(required = false) String id) {
		UriComponentsBuilder search = UriComponentsBuilder.fromPath("/" + lang + "/search");
		if (street != null) {
			search.queryParam("q", street);
		}
		if (id != null) {
			search.queryParam("street", id);
		}
		return PermanentRedirect.to(search);
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
			model.addAttribute("allOffices", this.hours.cards(this.offices.inDistrictOrder(locale), locale));
		}
		else {
			model.addAttribute("nearest",
					this.finder.nearest(form.getLat(), form.getLon(), NEAREST_COUNT)
						.stream()
						.map((near) -> this.hours.card(near.office(), near.rounded(), locale))
						.toList());
			model.addAttribute("outsideCity", !this.finder.isInCity(form.getLat(), form.getLon()));
		}
		return "search/nearest";
	}

}
