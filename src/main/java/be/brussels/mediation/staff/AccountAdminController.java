package be.brussels.mediation.staff;

import java.security.Principal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import be.brussels.mediation.audit.AuditLog;
import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.StaffPage;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts, for administrators: who may sign in, with which role, and which offices
 * each editor keeps.
 */
@StaffPage
@Controller
class AccountAdminController {

	private final StaffAccountRepository accounts;

	private final StaffAccounts staff;

	private final OfficeRepository offices;

	private final AuditLog audit;

	private final Links links;

	private final MessageSource messages;

	AccountAdminController(StaffAccountRepository accounts, StaffAccounts staff, OfficeRepository offices,
			AuditLog audit, Links links, MessageSource messages) {
		this.messages = messages;
		this.accounts = accounts;
		this.staff = staff;
		this.offices = offices;
		this.audit = audit;
		this.links = links;
	}

	@GetMapping("/admin/accounts")
	String list(Model model) {
		model.addAttribute("accounts", this.accounts.findAllByOrderByUsername());
		return "staff/accounts";
	}

	@GetMapping("/admin/accounts/new")
	String newAccount(Model model, Locale locale) {
		return form(new StaffAccountForm(), null, model, locale);
	}

	@PostMapping("/admin/accounts")
	@Transactional
	String create(@Valid @ModelAttribute("accountForm") StaffAccountForm form, BindingResult errors, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		if (form.getUsername() == null) {
			errors.rejectValue("username", "NotBlank.accountForm.username");
		}
		else if (this.accounts.findByUsername(form.getUsername()).isPresent()) {
			errors.rejectValue("username", "Taken.accountForm.username");
		}
		checkPassword(form, errors, true);
		checkOffices(form, errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form, null, model, locale);
		}
		StaffAccount account = new StaffAccount(form.getUsername(), form.getDisplayName(),
				this.staff.hash(form.getPassword()), form.getRole());
		form.applyTo(account);
		this.accounts.save(account);
		this.audit.record("ACCOUNT_CREATED", account.getUsername());
		redirect.addFlashAttribute("notice", "admin.notice.accountCreated");
		return "redirect:" + this.links.admin("/accounts");
	}

	@GetMapping("/admin/accounts/{username}")
	String edit(@PathVariable String username, Model model, Locale locale) {
		StaffAccount account = find(username);
		return form(StaffAccountForm.from(account), account, model, locale);
	}

	@PostMapping("/admin/accounts/{username}")
	@Transactional
	String update(@PathVariable String username, @Valid @ModelAttribute("accountForm") StaffAccountForm form,
			BindingResult errors, Principal user, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) {
		StaffAccount account = find(username);
		form.setUsername(account.getUsername());
		if (account.getUsername().equals(user.getName())
				&& (!form.isEnabled() || form.getRole() != StaffAccount.Role.ADMIN)) {
			errors.rejectValue("role", "Self.accountForm.role");
		}
		boolean stale = account.getVersion() != form.getVersion();
		if (stale) {
			// Someone else saved the account meanwhile: show this form again on top of
			// their version, so that saving it again is a choice.
			errors.rejectValue("displayName", "Stale.accountForm");
			form.setVersion(account.getVersion());
		}
		checkPassword(form, errors, false);
		checkOffices(form, errors);
		if (errors.hasErrors()) {
			response.setStatus(stale ? HttpStatus.CONFLICT.value() : HttpStatus.BAD_REQUEST.value());
			return form(form, account, model, locale);
		}
		recordAccessChanges(account, form);
		form.applyTo(account);
		if (form.getPassword() != null) {
			account.setPasswordHash(this.staff.hash(form.getPassword()));
			// A password someone else chose is for the next sign-in only.
			account.setMustChangePassword(!account.getUsername().equals(user.getName()));
			this.audit.record("ACCOUNT_PASSWORD_SET", account.getUsername());
		}
		this.audit.record("ACCOUNT_EDITED", account.getUsername());
		redirect.addFlashAttribute("notice", "admin.notice.accountSaved");
		return "redirect:" + this.links.admin("/accounts");
	}

	private void checkPassword(StaffAccountForm form, BindingResult errors, boolean required) {
		if (form.getPassword() != null || required) {
			PasswordPolicy.rejectIfRefused(form.getPassword(), errors, "password");
		}
	}

	private void checkOffices(StaffAccountForm form, BindingResult errors) {
		Set<Long> ids = new HashSet<>(form.getOfficeIds());
		if (ids.contains(null) || this.offices.findAllById(ids).size() != ids.size()) {
			errors.rejectValue("officeIds", "Unknown.accountForm.officeIds");
		}
	}

	/**
	 * Records, each as its own action, what the form changes in the account's role and
	 * access.
	 */
	private void recordAccessChanges(StaffAccount account, StaffAccountForm form) {
		String username = account.getUsername();
		if (account.getRole() != form.getRole()) {
			this.audit.record("ACCOUNT_ROLE_CHANGED", username + ": " + account.getRole() + " > " + form.getRole());
		}
		if (account.isEnabled() != form.isEnabled()) {
			this.audit.record(form.isEnabled() ? "ACCOUNT_ENABLED" : "ACCOUNT_DISABLED", username);
		}
		Set<Long> offices = new TreeSet<>(form.getOfficeIds());
		if (!account.getOfficeIds().equals(offices)) {
			this.audit.record("ACCOUNT_OFFICES_CHANGED",
					username + ": " + new TreeSet<>(account.getOfficeIds()) + " > " + offices);
		}
	}

	private StaffAccount find(String username) {
		return this.accounts.findByUsername(username).orElseThrow(() -> new AccountNotFoundException(username));
	}

	private String form(StaffAccountForm form, StaffAccount account, Model model, Locale locale) {
		form.setPassword(null);
		model.addAttribute("accountForm", form);
		model.addAttribute("account", account);
		Map<String, String> roles = new LinkedHashMap<>();
		for (StaffAccount.Role role : StaffAccount.Role.values()) {
			roles.put(role.name(), this.messages.getMessage("admin.account.role." + role, null, locale));
		}
		model.addAttribute("roles", roles);
		Map<Long, String> offices = new LinkedHashMap<>();
		this.offices.findAllByOrderBySlug()
			.stream()
			.filter((office) -> !office.isArchived())
			.sorted(Office.byDistrict(locale))
			.forEach((office) -> offices.put(office.getId(), office.getName().in(locale)));
		model.addAttribute("offices", offices);
		return "staff/account-form";
	}

}
