package be.brussels.mediation.web;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OfficeRepository;

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

	@GetMapping("/")
	String home(Locale locale, Model model) {
		Comparator<Object> collator = Collator.getInstance(locale);
		List<Office> published = this.offices.findByPublishedTrue()
			.stream()
			.sorted(Comparator.comparing((Office office) -> office.getDistrict().in(locale), collator))
			.toList();
		model.addAttribute("offices", published);
		return "web/home";
	}

	@GetMapping("/accessibility")
	String accessibility() {
		return "web/accessibility";
	}

}
