package be.brussels.mediation.reports;

import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import be.brussels.mediation.audit.AuditLog;
import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.office.ProblemReport;
import be.brussels.mediation.office.ProblemReportRepository;
import be.brussels.mediation.staff.StaffAccount;
import be.brussels.mediation.staff.StaffAccounts;
import be.brussels.mediation.web.DateText;
import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.StaffPage;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The staff inbox of residents' problem reports, per status and a page at a time, for the
 * offices this member of staff may edit.
 */
@StaffPage
@Controller
class ReportInboxController {

	/** Reports shown a page, newest first. */
	private static final int PAGE_SIZE = 25;

	/** The furthest page asked for that is read as a number. */
	private static final int MAX_PAGE = 100_000;

	private final ProblemReportRepository reports;

	private final OfficeRepository offices;

	private final StaffAccounts staff;

	private final AuditLog audit;

	private final Links links;

	ReportInboxController(ProblemReportRepository reports, OfficeRepository offices, StaffAccounts staff,
			AuditLog audit, Links links) {
		this.reports = reports;
		this.offices = offices;
		this.staff = staff;
		this.audit = audit;
		this.links = links;
	}

	@GetMapping("/admin/reports")
	String inbox(@RequestParam(defaultValue = "NEW") ProblemReport.Status status,
			@RequestParam(defaultValue = "1") int page, Principal user, Model model, Locale locale) {
		StaffAccount account = this.staff.current(user.getName());
		var officeIds = this.offices.findAllByOrderBySlug()
			.stream()
			.filter(account::mayEdit)
			.map(Office::getId)
			.toList();
		Page<ProblemReport> reports = page(status, officeIds, page);
		if (reports.getNumber() >= reports.getTotalPages() && reports.getTotalPages() > 0) {
			// Past the last page (reports were handled meanwhile): the last one.
			reports = page(status, officeIds, reports.getTotalPages());
		}
		model.addAttribute("status", status);
		model.addAttribute("statuses", ProblemReport.Status.values());
		model.addAttribute("reports", reports);
		model.addAttribute("received",
				reports.stream()
					.collect(Collectors.toMap(ProblemReport::getId,
							(report) -> DateText.dayAndTime(report.getCreatedAt(), locale))));
		return "reports/inbox";
	}

	private Page<ProblemReport> page(ProblemReport.Status status, List<Long> officeIds, int number) {
		return this.reports.findByStatusAndOfficeIdInOrderByCreatedAtDescIdDesc(status, officeIds,
				PageRequest.of(Math.max(0, Math.min(number, MAX_PAGE) - 1), PAGE_SIZE));
	}

	@PostMapping("/admin/reports/{id}")
	@Transactional
	String setStatus(@PathVariable long id, @RequestParam ProblemReport.Status status,
			@RequestParam(defaultValue = "1") int page, Principal user, RedirectAttributes redirect) {
		ProblemReport report = this.reports.findById(id).orElseThrow(() -> new ReportNotFoundException(id));
		if (!this.staff.current(user.getName()).mayEdit(report.getOffice())) {
			throw new AccessDeniedException(user.getName() + " may not handle report " + id);
		}
		ProblemReport.Status before = report.getStatus();
		report.setStatus(status);
		this.audit.record("REPORT_" + status, "#" + id + " " + report.getOffice().getSlug());
		redirect.addFlashAttribute("notice", "admin.notice.reportStatus");
		return "redirect:" + this.links.admin("/reports?status=" + before + "&page=" + Math.max(1, page));
	}

}
