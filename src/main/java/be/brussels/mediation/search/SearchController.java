package be.brussels.mediation.search;

import java.util.Locale;

import be.brussels.mediation.office.OpeningHoursText;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The one answer page of every search box: the header's, the home page's and "which
 * office is mine". Where no office can be named, it says what it understands and lists
 * every office with its phone numbers, so that nobody leaves empty-handed.
 */
@Controller
class SearchController {

	private final Answers answers;

	private final OpeningHoursText hours;

	SearchController(Answers answers, OpeningHoursText hours) {
		this.answers = answers;
		this.hours = hours;
	}

	@GetMapping("/search")
	String search(@Valid @ModelAttribute("searchForm") SearchForm form, BindingResult errors,
			@RequestParam(name = "street", required = false) String chosen, Model model, Locale locale,
			HttpServletRequest request, HttpServletResponse response) {
		boolean asked = request.getParameter("q") != null || chosen != null;
		// The street picked from a choice list: a link's, never typed; a mangled one is
		// left out and the question answered.
		Integer street = (chosen != null && chosen.strip().matches("\\d{1,9}")) ? Integer.valueOf(chosen.strip())
				: null;
		if (asked && !errors.hasErrors() && form.getQ() == null && street == null) {
			errors.rejectValue("q", "Blank");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		else if (asked) {
			Answer answer = this.answers.answer((form.getQ() != null) ? form.getQ() : "", street);
			model.addAttribute("answer", answer);
			model.addAttribute("answerOffices", this.hours.cards(answer.offices(), locale));
			if (answer.kind() == Answer.Kind.VAGUE || answer.kind() == Answer.Kind.NOT_FOUND) {
				model.addAttribute("needs", this.answers.needNames());
			}
			if (answer.offices().isEmpty() && answer.kind() != Answer.Kind.CHOOSE
					&& answer.kind() != Answer.Kind.OUTSIDE_CITY) {
				model.addAttribute("allOffices", this.hours.cards(this.answers.allOfficesIfFew(), locale));
			}
		}
		return "search/answer";
	}

}
