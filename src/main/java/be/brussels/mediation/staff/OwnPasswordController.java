package be.brussels.mediation.staff;

import java.security.Principal;
import java.time.Duration;
import java.util.List;

import be.brussels.mediation.audit.AuditLog;
import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.StaffPage;
import be.brussels.mediation.web.Throttle;
import be.brussels.mediation.web.Throttles;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Every member of staff changes their own password: the current one first (a session left
 * open is not enough, and its guesses are throttled as sign-ins are), the new one as the
 * password policy wants it, typed twice. Audited. The account's other sessions end, as
 * they do whenever its password changes; this one goes on. After an administrator set the
 * password, every staff page leads here ({@link StaffPages}) until its holder has chosen
 * their own.
 */
@StaffPage
@Controller
class OwnPasswordController {

	private final StaffAccountRepository accounts;

	private final StaffAccounts staff;

	private final AuditLog audit;

	private final Links links;

	/** Guesses of the current password, per account. */
	private final Throttle guesses;

	OwnPasswordController(StaffAccountRepository accounts, StaffAccounts staff, AuditLog audit, Links links,
			Throttles throttles) {
		this.accounts = accounts;
		this.staff = staff;
		this.audit = audit;
		this.links = links;
		this.guesses = throttles.named("own-password",
				List.of(Throttle.limit(5, Duration.ofMinutes(1)), Throttle.limit(20, Duration.ofHours(1))));
	}

	@GetMapping("/admin/password")
	String form(@ModelAttribute("passwordForm") PasswordChangeForm form) {
		return "staff/password";
	}

	@PostMapping("/admin/password")
	@Transactional
	String change(@ModelAttribute("passwordForm") PasswordChangeForm form, BindingResult errors, Principal user,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		StaffAccount account = this.accounts.findByUsername(user.getName()).orElseThrow();
		Duration wait = this.guesses.tryAttempt(account.getUsername());
		if (!wait.isZero()) {
			errors.rejectValue("currentPassword", "password.wait",
					new Object[] { Math.max(1, (wait.toSeconds() + 59) / 60) }, null);
		}
		else if (form.getCurrentPassword() != null && this.staff.isPasswordOf(account, form.getCurrentPassword())) {
			this.guesses.giveBack(account.getUsername());
		}
		else {
			errors.rejectValue("currentPassword", "password.currentWrong");
		}
		PasswordPolicy.rejectIfRefused(form.getNewPassword(), errors, "newPassword");
		if (form.getNewPassword() != null) {
			if (form.getNewPassword().equals(form.getCurrentPassword())) {
				errors.rejectValue("newPassword", "password.unchanged");
			}
			else if (!form.getNewPassword().equals(form.getConfirmation())) {
				errors.rejectValue("confirmation", "password.mismatch");
			}
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			form.setCurrentPassword(null);
			form.setNewPassword(null);
			form.setConfirmation(null);
			return "staff/password";
		}
		account.setPasswordHash(this.staff.hash(form.getNewPassword()));
		account.setMustChangePassword(false);
		this.audit.record("OWN_PASSWORD_CHANGED", account.getUsername());
		// Every other session of the account ends; this one goes on, under a new id.
		request.changeSessionId();
		StaffSessions.opened(request, account);
		redirect.addFlashAttribute("notice", "admin.notice.passwordChanged");
		return "redirect:" + this.links.admin("");
	}

}
