package be.brussels.mediation.admin;

import be.brussels.mediation.security.AuditEventRepository;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log, for administrators: sign-ins and every change, newest first.
 */
@Controller
class AuditController {

	private static final int PAGE_SIZE = 50;

	private final AuditEventRepository events;

	AuditController(AuditEventRepository events) {
		this.events = events;
	}

	@GetMapping("/admin/audit")
	String log(@RequestParam(defaultValue = "1") int page, Model model) {
		int number = Math.max(1, Math.min(page, 100_000));
		model.addAttribute("events",
				this.events.findAllByOrderByCreatedAtDescIdDesc(PageRequest.of(number - 1, PAGE_SIZE)));
		return "admin/audit";
	}

}
