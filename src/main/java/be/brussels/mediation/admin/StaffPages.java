package be.brussels.mediation.admin;

import java.beans.PropertyEditorSupport;
import java.time.Clock;
import java.time.ZoneId;

import be.brussels.mediation.security.StaffAccount;
import be.brussels.mediation.security.StaffAccounts;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
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

	/**
	 * The signed-in member of staff. A session whose account has since been disabled or
	 * given another role ends here: its holder signs in again.
	 */
	@ModelAttribute("staff")
	StaffAccount staff(Authentication user, HttpServletRequest request) {
		if (user == null) {
			return null;
		}
		StaffAccount account = this.accounts.current(user.getName());
		boolean sameRole = user.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals("ROLE_" + account.getRole()));
		if (!account.isEnabled() || !sameRole) {
			request.getSession().invalidate();
			throw new AccessDeniedException(user.getName() + " changed since signing in");
		}
		return account;
	}

	@InitBinder({ "officeForm", "accountForm" })
	void blankIsEmpty(WebDataBinder binder) {
		readBlankAsEmpty(binder);
	}

	/**
	 * Blank fields read as empty ({@code null}), others without the spaces around them.
	 */
	static void readBlankAsEmpty(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new StringTrimmerEditor(true));
		// A password is kept as typed, spaces included: it must work as typed at sign-in.
		binder.registerCustomEditor(String.class, "password", new PropertyEditorSupport() {
			@Override
			public void setAsText(String text) {
				setValue(text.isEmpty() ? null : text);
			}
		});
	}

}
