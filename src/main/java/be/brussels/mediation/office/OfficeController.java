package be.brussels.mediation.office;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import be.brussels.mediation.web.Links;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The page of one office: address, phones, map link, opening hours (also as schema.org
 * JSON-LD), and its closures as an iCalendar feed.
 */
@Controller
class OfficeController {

	private static final MediaType ICALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private final OfficeRepository offices;

	private final OfficeJsonLd jsonLd;

	private final OfficeCalendar calendar;

	private final Links links;

	OfficeController(OfficeRepository offices, OfficeJsonLd jsonLd, OfficeCalendar calendar, Links links) {
		this.offices = offices;
		this.jsonLd = jsonLd;
		this.calendar = calendar;
		this.links = links;
	}

	@GetMapping("/offices/{slug}")
	String show(@PathVariable String slug, Model model, Locale locale) {
		Office office = published(slug);
		model.addAttribute("office", office);
		model.addAttribute("jsonLd", this.jsonLd.of(office, this.links.canonical(), locale));
		model.addAttribute("sharedNumbers", sharedNumbers(office));
		model.addAttribute("reportForm", new ReportForm());
		return "office/detail";
	}

	@GetMapping("/offices/{slug}/closures.ics")
	ResponseEntity<String> closures(@PathVariable String slug, Locale locale) {
		Office office = published(slug);
		return ResponseEntity.ok()
			.contentType(ICALENDAR)
			.body(this.calendar.closures(office, this.links.absolute(this.links.office(slug)), locale));
	}

	private Office published(String slug) {
		return this.offices.findBySlugAndPublishedTrue(slug).orElseThrow(() -> new OfficeNotFoundException(slug));
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
