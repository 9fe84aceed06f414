package be.brussels.mediation.admin;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.office.ProblemReport;
import be.brussels.mediation.office.ProblemReportRepository;
import be.brussels.mediation.security.StaffAccount;
import be.brussels.mediation.security.StaffAccounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff home page: the offices this member of staff may edit, those not checked for
 * six months first, and how many problem reports wait.
 */
@Controller
class StaffHomeController {

	private final OfficeRepository offices;

	private final ProblemReportRepository reports;

	private final StaffAccounts staff;

	private final Clock clock;

	StaffHomeController(OfficeRepository offices, ProblemReportRepository reports, StaffAccounts staff, Clock clock) {
		this.offices = offices;
		this.reports = reports;
		this.staff = staff;
		this.clock = clock;
	}

	@GetMapping("/admin")
	String home(Principal user, Model model, Locale locale) {
		StaffAccount account = this.staff.current(user.getName());
		List<Office> mine = this.offices.findAllByOrderBySlug()
			.stream()
			.filter(account::mayEdit)
			.sorted(Office.byDistrict(locale))
			.toList();
		Instant sixMonthsAgo = ZonedDateTime.now(this.clock).minusMonths(6).toInstant();
		model.addAttribute("current", mine.stream().filter((office) -> !office.isArchived()).toList());
		model.addAttribute("archived", mine.stream().filter(Office::isArchived).toList());
		model.addAttribute("unchecked",
				mine.stream()
					.filter((office) -> !office.isArchived())
					.filter((office) -> office.getCheckedAt() == null || office.getCheckedAt().isBefore(sixMonthsAgo))
					.toList());
		model.addAttribute("newReports", this.reports.countByStatusAndOfficeIdIn(ProblemReport.Status.NEW,
				mine.stream().map(Office::getId).toList()));
		return "admin/home";
	}

}
