package be.brussels.mediation.office;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import be.brussels.mediation.web.ClientAddress;
import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.Throttle;
import be.brussels.mediation.web.Throttles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Report a problem" with an office's details: no account, no third party. Robots that
 * fill the hidden trap field are thanked and ignored; each address may send a few reports
 * an hour, counted for every instance of the application.
 */
@Controller
class ReportController {

	private static final Logger logger = LoggerFactory.getLogger(ReportController.class);

	/**
	 * Reports per address: 5 an hour, 20 a day.
	 */
	private final Throttle reportsPerAddress;

	private final PublishedOffices offices;

	private final ProblemReportRepository reports;

	private final Links links;

	ReportController(PublishedOffices offices, ProblemReportRepository reports, Links links, Throttles throttles) {
		this.reportsPerAddress = throttles.named("reports",
				List.of(Throttle.limit(5, Duration.ofHours(1)), Throttle.limit(20, Duration.ofDays(1))));
		this.offices = offices;
		this.reports = reports;
		this.links = links;
	}

	@GetMapping("/offices/{slug}/report")
	String form(@PathVariable String slug, @ModelAttribute("reportForm") ReportForm form, Model model) {
		model.addAttribute("office", published(slug));
		return "office/report";
	}

	/**
	 * Sends the report; when the database does not answer, nothing is sent, and the form
	 * is shown again as typed with a page that says so (503), to send again later.
	 */
	@PostMapping("/offices/{slug}/report")
	String send(@PathVariable String slug, @Valid @ModelAttribute("reportForm") ReportForm form, BindingResult errors,
			Model model, Locale locale, HttpServletRequest request, HttpServletResponse response) {
		Office office = published(slug);
		model.addAttribute("office", office);
		if (form.isFromRobot()) {
			return "redirect:" + this.links.report(slug) + "/sent";
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "office/report";
		}
		try {
			Duration wait = this.reportsPerAddress.tryAttempt(ClientAddress.key(request));
			if (!wait.isZero()) {
				response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
				response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait.toSeconds() + 1));
				model.addAttribute("waitMinutes", Math.max(1, (wait.toSeconds() + 59) / 60));
				return "office/report";
			}
			this.reports.save(new ProblemReport(office, form.getTopic(), form.getMessage(), form.getEmail(),
					locale.getLanguage()));
		}
		catch (DataAccessException ex) {
			logger.warn("A problem report was not saved, the database did not answer: {}", ex.getMessage());
			response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
			model.addAttribute("notSent", true);
			return "office/report";
		}
		return "redirect:" + this.links.report(slug) + "/sent";
	}

	@GetMapping("/offices/{slug}/report/sent")
	String sent(@PathVariable String slug, Model model, Locale locale) {
		model.addAttribute("office", OfficeView.of(published(slug), locale));
		return "office/report-sent";
	}

	private Office published(String slug) {
		return this.offices.withSlug(slug).orElseThrow(() -> new OfficeNotFoundException(slug));
	}

}
