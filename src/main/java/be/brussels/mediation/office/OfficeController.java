package be.brussels.mediation.office;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.brussels.mediation.web.DateText;
import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.PermanentRedirect;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The page of one office: address, phones, map link, opening hours (also as schema.org
 * JSON-LD), and its closures as an iCalendar feed.
 */
@Controller
class OfficeController {

	private static final MediaType ICALENDAR = MediaType.parseMediaType("text/calendar;charset=UTF-8");

	private static final MediaType VCARD = MediaType.parseMediaType("text/vcard;charset=UTF-8");

	private final PublishedOffices published;

	private final OfficeRepository offices;

	private final OfficeJsonLd jsonLd;

	private final OfficeCalendar calendar;

	private final OfficeContactCard contactCard;

	private final OpeningHoursText hours;

	private final Links links;

	OfficeController(PublishedOffices published, OfficeRepository offices, OfficeJsonLd jsonLd, OfficeCalendar calendar,
			OfficeContactCard contactCard, OpeningHoursText hours, Links links) {
		this.published = published;
		this.offices = offices;
		this.jsonLd = jsonLd;
		this.calendar = calendar;
		this.contactCard = contactCard;
		this.hours = hours;
		this.links = links;
	}

	@GetMapping("/offices")
	String list(Model model, Locale locale) {
		model.addAttribute("offices", this.hours.cards(this.published.inDistrictOrder(locale), locale));
		return "office/list";
	}

	/**
	 * An office's page. Its address lasts: written with a trailing slash or with the
	 * office's name in another language ({@code nord}, {@code laken-noord}) it moves
	 * there for good; an archived office's answers 410, a page that lists the current
	 * offices, as an unknown one's does with 404.
	 */
	@GetMapping("/offices/{slug}")
	String show(@PathVariable String slug, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		Optional<Office> found = this.published.withSlug(slug);
		if (found.isEmpty()) {
			return missing(slug, model, locale, request, response);
		}
		Office office = found.get();
		model.addAttribute("office", office);
		model.addAttribute("view", OfficeView.of(office, locale));
		model.addAttribute("jsonLd", this.jsonLd.of(office, this.links.canonical(), locale));
		model.addAttribute("sharedNumbers", this.published.othersWithItsNumbers(office));
		model.addAttribute("status", this.hours.status(office, locale));
		model.addAttribute("notices", office.noticesOn(this.hours.today()));
		model.addAttribute("week", this.hours.week(office, locale));
		model.addAttribute("coming", this.hours.coming(office, locale));
		model.addAttribute("checkedOn",
				(office.getCheckedOn() != null) ? DateText.day(office.getCheckedOn(), locale) : null);
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

	/** The office as a contact to save in a phone. */
	@GetMapping("/offices/{slug}/contact.vcf")
	ResponseEntity<String> contact(@PathVariable String slug, Locale locale) {
		Office office = published(slug);
		return ResponseEntity.ok()
			.contentType(VCARD)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(slug + ".vcf").build().toString())
			.body(this.contactCard.of(office, this.links.absolute(this.links.office(slug)), locale));
	}

	@GetMapping({ "/offices/", "/offices/{slug}/" })
	RedirectView withoutTrailingSlash(@PathVariable(required = false) String slug) {
		UriComponentsBuilder list = UriComponentsBuilder.fromPath(this.links.officeList());
		return PermanentRedirect.to((slug != null) ? list.pathSegment(slug) : list);
	}

	private String missing(String slug, Model model, Locale locale, HttpServletRequest request,
			HttpServletResponse response) {
		List<Office> current = this.published.inDistrictOrder(locale);
		Optional<Office> named = current.stream().filter((office) -> office.isNamed(slug)).findFirst();
		if (named.isPresent()) {
			request.setAttribute(View.RESPONSE_STATUS_ATTRIBUTE, HttpStatus.MOVED_PERMANENTLY);
			return "redirect:" + this.links.office(named.get().getSlug());
		}
		boolean archived = this.offices.findBySlug(slug).map(Office::isArchived).orElse(false);
		response.setStatus((archived ? HttpStatus.GONE : HttpStatus.NOT_FOUND).value());
		model.addAttribute("kind", archived ? "gone" : "notFound");
		model.addAttribute("offices", this.hours.cards(current, locale));
		return "error";
	}

	private Office published(String slug) {
		return this.published.withSlug(slug).orElseThrow(() -> new OfficeNotFoundException(slug));
	}

}
