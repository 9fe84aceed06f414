package be.brussels.mediation.office;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of one office: address, phones, map link.
 */
@Controller
class OfficeController {

	private final OfficeRepository offices;

	OfficeController(OfficeRepository offices) {
		this.offices = offices;
	}

	@GetMapping("/offices/{slug}")
	String show(@PathVariable String slug, Model model) {
		Office office = this.offices.findBySlugAndPublishedTrue(slug)
			.orElseThrow(() -> new OfficeNotFoundException(slug));
		model.addAttribute("office", office);
		model.addAttribute("sharedNumbers", sharedNumbers(office));
		model.addAttribute("reportForm", new ReportForm());
		return "office/detail";
	}

	/**
	 * For each of the office's numbers that another office also gives, those other
	 * offices.
	 */
	private Map<String, List<Office>> sharedNumbers(Office office) {
		List<String> numbers = office.getPhones().stream().map(PhoneNumber::e164).toList();
		if (numbers.isEmpty()) {
			return Map.of();
		}
		List<Office> others = this.offices.findOtherPublishedWithAnyPhone(office.getId(), numbers);
		return numbers.stream()
			.distinct()
			.collect(Collectors.toMap((number) -> number,
					(number) -> others.stream()
						.filter((other) -> other.getPhones().stream().anyMatch((phone) -> phone.e164().equals(number)))
						.toList()));
	}

}
