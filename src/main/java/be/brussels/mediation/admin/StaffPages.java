package be.brussels.mediation.admin;

import java.security.Principal;
import java.time.Clock;
import java.time.ZoneId;

import be.brussels.mediation.security.StaffAccount;
import be.brussels.mediation.security.StaffAccounts;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page shares: the signed-in member of staff (as {@code staff}, which
 * also switches the layout to the staff header) and forms that read blank fields as
 * empty.
 */
@ControllerAdvice(basePackageClasses = StaffPages.class)
class StaffPages {

	private final StaffAccounts accounts;

	private final Clock clock;

	StaffPages(StaffAccounts accounts, Clock clock) {
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * The time zone in which staff pages show times: {@code instant.atZone(brussels)}.
	 */
	@ModelAttribute("brussels")
	ZoneId brussels() {
		return this.clock.getZone();
	}

	@ModelAttribute("staff")
	StaffAccount staff(Principal user) {
		return (user != null) ? this.accounts.current(user.getName()) : null;
	}

	@InitBinder({ "officeForm", "accountForm" })
	void blankIsEmpty(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
	}

}
