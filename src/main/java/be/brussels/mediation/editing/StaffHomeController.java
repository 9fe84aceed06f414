package be.brussels.mediation.editing;

import java.security.Principal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.office.ProblemReport;
import be.brussels.mediation.office.ProblemReportRepository;
import be.brussels.mediation.staff.StaffAccount;
import be.brussels.mediation.staff.StaffAccounts;
import be.brussels.mediation.web.DateText;
import be.brussels.mediation.web.StaffPage;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The staff home page: the offices this member of staff may edit, with what each still
 * lacks (hours, service area, e-mail, languages) and when it was last checked, those not
 * checked for six months first; and how many problem reports wait.
 */
@StaffPage
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
		List<Office> mine = this.offices.findAllByOrderBySlug().stream().filter(account::mayEdit).toList();
		Instant sixMonthsAgo = ZonedDateTime.now(this.clock).minusMonths(6).toInstant();
		Set<Long> withHours = this.offices.idsWithHours();
		Set<Long> withServiceArea = this.offices.idsWithServiceArea();
		List<OfficeRow> current = mine.stream()
			.filter((office) -> !office.isArchived())
			.sorted(Comparator.comparing(
					(Office office) -> office.getCheckedAt() == null || office.getCheckedAt().isBefore(sixMonthsAgo))
				.reversed()
				.thenComparing(Office.byDistrict(locale)))
			.map((office) -> new OfficeRow(office, locale, sixMonthsAgo, withHours.contains(office.getId()),
					withServiceArea.contains(office.getId())))
			.toList();
		model.addAttribute("current", current);
		model.addAttribute("unchecked", current.stream().filter(OfficeRow::checkDue).toList());
		model.addAttribute("archived",
				mine.stream()
					.filter(Office::isArchived)
					.sorted(Office.byDistrict(locale))
					.map((office) -> new OfficeRow(office, locale, sixMonthsAgo, false, false))
					.toList());
		model.addAttribute("newReports", this.reports.countByStatusAndOfficeIdIn(ProblemReport.Status.NEW,
				mine.stream().map(Office::getId).toList()));
		return "editing/dashboard";
	}

	/**
	 * An office as the staff home page lists it.
	 *
	 * @param slug the office's address
	 * @param name its name in the page's language, or the one it falls back to
	 * @param nameLanguage the language of that name when it is not the page's, else
	 * {@code null}
	 * @param published whether residents see it
	 * @param hasHours whether it has weekly opening hours
	 * @param hasServiceArea whether it has neighbourhoods it serves
	 * @param hasEmail whether it has an e-mail address
	 * @param hasLanguages whether the languages spoken there are given
	 * @param checkedOn the day it was last checked, in the page's language; {@code null}
	 * if never
	 * @param checkedBy who checked it last
	 * @param checkDue whether it was not checked for six months
	 */
	record OfficeRow(String slug, String name, String nameLanguage, boolean published, boolean hasHours,
			boolean hasServiceArea, boolean hasEmail, boolean hasLanguages, String checkedOn, String checkedBy,
			boolean checkDue) {

		OfficeRow(Office office, Locale locale, Instant sixMonthsAgo, boolean hasHours, boolean hasServiceArea) {
			this(office.getSlug(), office.getName().in(locale), office.getName().fallbackLanguage(locale),
					office.isPublished(), hasHours, hasServiceArea, office.getEmail() != null,
					!office.getLanguages().isEmpty(),
					(office.getCheckedOn() != null) ? DateText.day(office.getCheckedOn(), locale) : null,
					office.getCheckedBy(),
					office.getCheckedAt() == null || office.getCheckedAt().isBefore(sixMonthsAgo));
		}

	}

}
