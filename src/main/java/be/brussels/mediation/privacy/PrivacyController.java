package be.brussels.mediation.privacy;

import java.time.Period;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The privacy notice (GDPR, article 13): who is responsible for the data, what the site
 * collects and why, for how long, who sees it, and residents' rights and how to use them.
 * What only the City can say comes from configuration ({@link PrivacyProperties}); what
 * it has not given yet is said to be missing, never made up.
 */
@Controller
class PrivacyController {

	private final PrivacyProperties privacy;

	private final MessageSource messages;

	PrivacyController(PrivacyProperties privacy, MessageSource messages) {
		this.privacy = privacy;
		this.messages = messages;
	}

	@GetMapping("/privacy")
	String notice(Model model, Locale locale) {
		model.addAttribute("controller", this.privacy.controller());
		model.addAttribute("controllerAddress", this.privacy.controllerAddress());
		model.addAttribute("dpoEmail", this.privacy.dpoEmail());
		model.addAttribute("dpoAddress", this.privacy.dpoAddress());
		model.addAttribute("reportsKept", months(this.privacy.reportsKept(), locale));
		model.addAttribute("auditKept", months(this.privacy.auditKept(), locale));
		model.addAttribute("addressesKept", months(this.privacy.addressesKept(), locale));
		return "privacy/notice";
	}

	/**
	 * A period in months, in words: "12 months", "12 mois", "12 maanden".
	 */
	private String months(Period period, Locale locale) {
		return this.messages.getMessage("privacy.months", new Object[] { period.toTotalMonths() }, locale);
	}

}
