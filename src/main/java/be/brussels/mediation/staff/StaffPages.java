package be.brussels.mediation.staff;

import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.StaffPage;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every staff page shares: the signed-in member of staff (as {@code staff}, which
 * also switches the layout to the staff header; their password first, if an administrator
 * set it).
 */
@ControllerAdvice(annotations = StaffPage.class)
class StaffPages {

	private final StaffAccounts accounts;

	private final Links links;

	StaffPages(StaffAccounts accounts, Links links) {
		this.accounts = accounts;
		this.links = links;
	}

	/**
	 * The signed-in member of staff. A session whose account has since been disabled,
	 * given another role or another password ends here: its holder signs in again.
	 */
	@ModelAttribute("staff")
	StaffAccount staff(Authentication user, HttpServletRequest request) {
		if (user == null) {
			return null;
		}
		StaffAccount account = this.accounts.current(user.getName());
		if (!StaffSessions.holds(user, account, request)) {
			request.getSession().invalidate();
			throw new AccessDeniedException(user.getName() + " changed since signing in");
		}
		if (account.isMustChangePassword() && !request.getServletPath().endsWith("/admin/password")) {
			throw new PasswordToChoose();
		}
		return account;
	}

	/**
	 * Leads every staff page to "My password" while the signed-in account's password is
	 * one an administrator set.
	 */
	@ExceptionHandler(PasswordToChoose.class)
	String chooseOwnPassword() {
		return "redirect:" + this.links.admin("/password");
	}

	/**
	 * The account's password is one an administrator set: its holder chooses their own
	 * first.
	 */
	private static final class PasswordToChoose extends RuntimeException {

		PasswordToChoose() {
			super(null, null, false, false);
		}

	}

}
