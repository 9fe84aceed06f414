package be.brussels.mediation.audit;

import java.time.Instant;
import java.util.Locale;

import be.brussels.mediation.web.DateText;
import be.brussels.mediation.web.StaffPage;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log, for administrators: sign-ins and every change, newest first.
 */
@StaffPage
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditEventRepository events;

	AuditController(AuditEventRepository events) {
		this.events = events;
	}

	@GetMapping("/admin/audit")
	String log(@RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
		int number = Math.max(1, Math.min(page, 100_000));
		model.addAttribute("events",
				this.events.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(number - 1, PAGE_SIZE))
					.map((event) -> new Entry(event, locale)));
		return "audit/log";
	}

	/**
	 * An entry of the log as the page shows it.
	 *
	 * @param when the moment, in the page's language
	 * @param at the moment, for machines (ISO 8601)
	 * @param actor who did it
	 * @param action what was done (names the label)
	 * @param target what it was done to
	 * @param address where it came from
	 */
	record Entry(String when, Instant at, String actor, String action, String target, String address) {

		Entry(AuditEvent event, Locale locale) {
			this(DateText.dayAndTime(event.getCreatedAt(), locale), event.getCreatedAt(), event.getActor(),
					event.getAction(), event.getTarget(), event.getAddress());
		}

	}

}
