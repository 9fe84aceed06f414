package be.brussels.mediation.security;

import be.brussels.mediation.web.StaffPage;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The staff sign-in page. Spring Security checks the form; this page says that a sign-in
 * failed (the same words for an unknown name, a wrong password and a disabled account, so
 * that nobody learns which names exist), how long to wait after repeated failures, that
 * the member of staff signed out, or that their session ended before what they sent could
 * be saved.
 */
@StaffPage
@Controller
class LoginController {

	@GetMapping("/admin/login")
	String login(@ModelAttribute("loginForm") LoginForm form, BindingResult errors,
			@RequestParam(required = false) String error, @RequestParam(required = false) Integer wait,
			@RequestParam(required = false) String loggedOut, @RequestParam(required = false) String expired,
			Model model, HttpServletResponse response) {
		if (error != null) {
			errors.rejectValue("username", "admin.login.failed");
		}
		else if (wait != null) {
			errors.rejectValue("username", "admin.login.wait", new Object[] { Math.max(1, Math.min(wait, 60)) }, null);
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
		}
		// Said in the layout's status banner, as after a save.
		if (loggedOut != null) {
			model.addAttribute("notice", "admin.login.loggedOut");
		}
		else if (expired != null) {
			model.addAttribute("notice", "kept".equals(expired) ? "admin.login.expiredKept" : "admin.login.expired");
		}
		return "security/login";
	}

	/**
	 * The sign-in form's fields, for the form fragments.
	 */
	static class LoginForm {

		private String username;

		private String password;

		public String getUsername() {
			return this.username;
		}

		public void setUsername(String username) {
			this.username = username;
		}

		public String getPassword() {
			return this.password;
		}

		public void setPassword(String password) {
			this.password = password;
		}

	}

}
