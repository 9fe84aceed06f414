package be.brussels.mediation.reports;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.brussels.mediation.audit.AuditLog;
import be.brussels.mediation.office.ProblemReport;
import be.brussels.mediation.office.ProblemReportRepository;
import be.brussels.mediation.web.CsvText;
import be.brussels.mediation.web.DateText;
import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.StaffPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A resident's rights over their reports, for administrators: every report that carries
 * the e-mail address they gave, found, sent to them (JSON or CSV) or erased after a
 * confirmation. Each is recorded in the audit log with counts, never the address nor what
 * was erased. The address travels in forms (POST), never in an address bar or a log.
 */
@StaffPage
@Controller
class ResidentRequestsController {

	private static final List<String> FIELDS = List.of("id", "office", "received", "topic", "status", "language",
			"email", "message");

	private final ProblemReportRepository reports;

	private final AuditLog audit;

	private final Links links;

	private final JsonMapper json;

	ResidentRequestsController(ProblemReportRepository reports, AuditLog audit, Links links, JsonMapper json) {
		this.reports = reports;
		this.audit = audit;
		this.links = links;
		this.json = json;
	}

	@GetMapping("/admin/reports/by-email")
	String ask(Model model) {
		model.addAttribute("residentEmailForm", new ResidentEmailForm());
		return "reports/by-email";
	}

	@PostMapping("/admin/reports/by-email")
	@Transactional
	String find(@Valid @ModelAttribute ResidentEmailForm form, BindingResult errors, Model model, Locale locale,
			HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return "reports/by-email";
		}
		List<ProblemReport> found = this.reports.findByEmailIgnoreCaseOrderByCreatedAtDescIdDesc(form.getEmail());
		this.audit.record("REPORTS_FOUND", found.size() + " reports");
		model.addAttribute("found", found.stream().map((report) -> new Found(report, locale)).toList());
		return "reports/by-email";
	}

	/**
	 * The reports as a file the resident can keep: JSON or CSV (UTF-8, with a byte order
	 * mark for spreadsheets).
	 */
	@PostMapping("/admin/reports/by-email/export/{format:json|csv}")
	@Transactional
	ResponseEntity<String> export(@PathVariable String format, @Valid @ModelAttribute ResidentEmailForm form,
			BindingResult errors) {
		if (errors.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<Map<String, Object>> records = this.reports
			.findByEmailIgnoreCaseOrderByCreatedAtDescIdDesc(form.getEmail())
			.stream()
			.map(ResidentRequestsController::record)
			.toList();
		this.audit.record("REPORTS_EXPORTED", records.size() + " reports, " + format);
		boolean json = format.equals("json");
		return ResponseEntity.ok()
			.contentType(json ? MediaType.APPLICATION_JSON : new MediaType("text", "csv", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore())
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("reports." + format).build().toString())
			.body(json ? this.json.writeValueAsString(records)
					: CsvText.of(FIELDS, records.stream().map(Map::values).toList()));
	}

	@PostMapping("/admin/reports/by-email/erase")
	String confirmErasure(@Valid @ModelAttribute ResidentEmailForm form, BindingResult errors, Model model) {
		if (errors.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		model.addAttribute("count",
				this.reports.findByEmailIgnoreCaseOrderByCreatedAtDescIdDesc(form.getEmail()).size());
		return "reports/erase";
	}

	@PostMapping("/admin/reports/by-email/erase/confirmed")
	@Transactional
	String erase(@Valid @ModelAttribute ResidentEmailForm form, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
		}
		List<ProblemReport> found = this.reports.findByEmailIgnoreCaseOrderByCreatedAtDescIdDesc(form.getEmail());
		this.reports.deleteAll(found);
		this.audit.record("REPORTS_ERASED", found.size() + " reports");
		redirect.addFlashAttribute("notice", "admin.notice.reportsErased");
		return "redirect:" + this.links.admin("/reports/by-email");
	}

	private static Map<String, Object> record(ProblemReport report) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", report.getId());
		record.put("office", report.getOffice().getSlug());
		record.put("received", report.getCreatedAt().toString());
		record.put("topic", report.getTopic().name());
		record.put("status", report.getStatus().name());
		record.put("language", report.getLanguage());
		record.put("email", report.getEmail());
		record.put("message", report.getMessage());
		return record;
	}

	/**
	 * A report as the page lists it.
	 */
	record Found(long id, String office, String officeLanguage, String received, String topic, String status,
			String message) {

		Found(ProblemReport report, Locale locale) {
			this(report.getId(), report.getOffice().getName().in(locale),
					report.getOffice().getName().fallbackLanguage(locale),
					DateText.dayAndTime(report.getCreatedAt(), locale), report.getTopic().name(),
					report.getStatus().name(), report.getMessage());
		}

	}

}
