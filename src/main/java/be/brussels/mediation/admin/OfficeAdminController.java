package be.brussels.mediation.admin;

import java.security.Principal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import be.brussels.mediation.office.Accessibility;
import be.brussels.mediation.office.LocalizedText;
import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.office.OpeningException;
import be.brussels.mediation.office.OpeningSession;
import be.brussels.mediation.security.UnsavedForm;
import be.brussels.mediation.web.FormBinding;
import be.brussels.mediation.web.FormFieldNames;
import be.brussels.mediation.web.Links;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Validator;

import org.springframework.beans.MutablePropertyValues;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages for one office: create, edit (with phone rows added, removed and moved
 * without JavaScript), mark as checked, archive, history and restore.
 */
@Controller
class OfficeAdminController {

	private final OfficeEditing editing;

	private final OfficeRepository offices;

	private final OfficeFormValidator officeValidator;

	private final SpringValidatorAdapter beanValidator;

	private final Neighbourhoods neighbourhoods;

	private final Links links;

	private final MessageSource messages;

	OfficeAdminController(OfficeEditing editing, OfficeRepository offices, OfficeFormValidator officeValidator,
			Validator beanValidator, Neighbourhoods neighbourhoods, Links links, MessageSource messages) {
		this.messages = messages;
		this.editing = editing;
		this.offices = offices;
		this.officeValidator = officeValidator;
		this.beanValidator = new SpringValidatorAdapter(beanValidator);
		this.neighbourhoods = neighbourhoods;
		this.links = links;
	}

	/**
	 * The list of offices is the staff home page.
	 */
	@GetMapping("/admin/offices")
	String list() {
		return "redirect:" + this.links.admin("");
	}

	@GetMapping("/admin/offices/new")
	String newOffice(Model model, Locale locale, HttpServletRequest request) {
		OfficeForm form = unsaved(request, model).orElseGet(OfficeForm::new);
		form.getPhones().add(null);
		return form(form, null, null, model, locale);
	}

	@PostMapping("/admin/offices")
	String create(@ModelAttribute("officeForm") OfficeForm form, BindingResult errors,
			@RequestParam(required = false) String rowAction, Principal user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(OfficeFormOutageFilter.NOT_SAVED) != null) {
			return notSaved(form, null, model, locale, response);
		}
		if (rowAction != null) {
			form.changeRows(rowAction);
			return form(form, null, null, model, locale);
		}
		validate(form, errors);
		if (form.getSlug() == null) {
			errors.rejectValue("slug", "NotBlank.officeForm.slug");
		}
		else if (!errors.hasFieldErrors("slug") && this.offices.existsBySlug(form.getSlug())) {
			errors.rejectValue("slug", "Taken.officeForm.slug");
		}
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form, null, null, model, locale);
		}
		Office office = this.editing.create(form, user.getName());
		redirect.addFlashAttribute("notice", "admin.notice.created");
		return "redirect:" + this.links.admin("/offices/" + office.getSlug());
	}

	@GetMapping("/admin/offices/{slug}")
	String edit(@PathVariable String slug, Principal user, Model model, Locale locale, HttpServletRequest request) {
		Office office = this.editing.editable(slug, user.getName());
		OfficeForm form = unsaved(request, model).orElseGet(() -> OfficeForm.from(office));
		form.getPhones().add(null);
		return form(form, office, slug, model, locale);
	}

	/**
	 * The form as the member of staff sent it with a token that no longer held, if they
	 * did: not saved yet, with the version they had opened, so that saving it now still
	 * refuses to overwrite someone else's change.
	 */
	private Optional<OfficeForm> unsaved(HttpServletRequest request, Model model) {
		return UnsavedForm.take(request)
			.filter((fields) -> FormFieldNames.fit(OfficeForm.class, fields.keySet()))
			.map((fields) -> {
				OfficeForm form = new OfficeForm();
				WebDataBinder binder = new WebDataBinder(form, "officeForm");
				FormBinding.apply(binder);
				binder.bind(new MutablePropertyValues(fields));
				model.addAttribute("notice", "admin.notice.unsaved");
				return form;
			});
	}

	@PostMapping("/admin/offices/{slug}")
	String save(@PathVariable String slug, @ModelAttribute("officeForm") OfficeForm form, BindingResult errors,
			@RequestParam(required = false) String rowAction, Principal user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(OfficeFormOutageFilter.NOT_SAVED) != null) {
			return notSaved(form, slug, model, locale, response);
		}
		Office office = this.editing.editable(slug, user.getName());
		if (rowAction != null) {
			form.changeRows(rowAction);
			return form(form, office, slug, model, locale);
		}
		validate(form, errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form, office, slug, model, locale);
		}
		try {
			this.editing.update(slug, form, user.getName(), locale);
		}
		catch (OfficeConflictException conflict) {
			return conflict(conflict, office, model, locale, response);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return conflict(this.editing.conflict(slug, form, user.getName(), locale), office, model, locale, response);
		}
		redirect.addFlashAttribute("notice", "admin.notice.saved");
		return "redirect:" + this.links.admin("/offices/" + slug);
	}

	@PostMapping("/admin/offices/{slug}/checked")
	String markChecked(@PathVariable String slug, Principal user, RedirectAttributes redirect) {
		this.editing.markChecked(slug, user.getName());
		redirect.addFlashAttribute("notice", "admin.notice.checked");
		return "redirect:" + this.links.admin("/offices/" + slug);
	}

	@PostMapping("/admin/offices/{slug}/archive")
	String archive(@PathVariable String slug, Principal user, RedirectAttributes redirect) {
		this.editing.setArchived(slug, true, user.getName());
		redirect.addFlashAttribute("notice", "admin.notice.archived");
		return "redirect:" + this.links.admin("/offices/" + slug);
	}

	@PostMapping("/admin/offices/{slug}/unarchive")
	String unarchive(@PathVariable String slug, Principal user, RedirectAttributes redirect) {
		this.editing.setArchived(slug, false, user.getName());
		redirect.addFlashAttribute("notice", "admin.notice.unarchived");
		return "redirect:" + this.links.admin("/offices/" + slug);
	}

	@GetMapping("/admin/offices/{slug}/history")
	String history(@PathVariable String slug, Principal user, Model model, Locale locale) {
		Office office = this.editing.editable(slug, user.getName());
		model.addAttribute("office", office);
		model.addAttribute("revisions", this.editing.history(office, locale));
		return "admin/history";
	}

	@PostMapping("/admin/offices/{slug}/history/{number}/restore")
	String restore(@PathVariable String slug, @PathVariable int number, Principal user, RedirectAttributes redirect) {
		this.editing.restore(slug, number, user.getName());
		redirect.addFlashAttribute("notice", "admin.notice.restored");
		return "redirect:" + this.links.admin("/offices/" + slug + "/history");
	}

	private String conflict(OfficeConflictException conflict, Office office, Model model, Locale locale,
			HttpServletResponse response) {
		response.setStatus(HttpStatus.CONFLICT.value());
		model.addAttribute("conflict", conflict);
		return form(conflict.yours(), office, office.getSlug(), model, locale);
	}

	/**
	 * The form as sent while the database did not answer
	 * ({@link OfficeFormOutageFilter}): nothing read, nothing saved, the form shown again
	 * as typed.
	 */
	private String notSaved(OfficeForm form, String slug, Model model, Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
		model.addAttribute("notice", "admin.notice.notSaved");
		return form(form, null, slug, model, locale);
	}

	/**
	 * The office form's page: for a new office when there is no slug; with the office's
	 * state and actions when it could be read.
	 */
	private String form(OfficeForm form, Office office, String slug, Model model, Locale locale) {
		model.addAttribute("officeForm", form);
		model.addAttribute("office", office);
		model.addAttribute("formAction", this.links.admin((slug != null) ? "/offices/" + slug : "/offices"));
		if (slug != null) {
			String name = (office != null) ? office.getName().in(locale)
					: new LocalizedText(form.getNameFr(), form.getNameNl(), form.getNameEn()).in(locale);
			model.addAttribute("officeName", (name == null || name.isBlank()) ? slug : name);
		}
		Map<String, String> languages = new LinkedHashMap<>();
		OfficeFormValidator.LANGUAGES.forEach((code) -> languages.put(code, Office.languageName(code, locale)));
		model.addAttribute("languageOptions", languages);
		model.addAttribute("accessibilityOptions",
				labels(Accessibility.values(), "admin.office.accessibility.", locale));
		Map<String, String> days = new LinkedHashMap<>();
		for (DayOfWeek day : DayOfWeek.values()) {
			days.put(day.name(), day.getDisplayName(TextStyle.FULL, locale));
		}
		model.addAttribute("dayOptions", days);
		model.addAttribute("modeOptions", labels(OpeningSession.Mode.values(), "admin.office.mode.", locale));
		model.addAttribute("kindOptions",
				labels(OpeningException.Kind.values(), "admin.office.exception.kind.", locale));
		Map<Integer, String> neighbourhoods = new LinkedHashMap<>();
		this.neighbourhoods.inNameOrder(locale).forEach((n) -> neighbourhoods.put(n.code(), n.name(locale)));
		model.addAttribute("neighbourhoods", neighbourhoods);
		return "admin/office-form";
	}

	private Map<String, String> labels(Enum<?>[] values, String prefix, Locale locale) {
		Map<String, String> labels = new LinkedHashMap<>();
		for (Enum<?> value : values) {
			labels.put(value.name(), this.messages.getMessage(prefix + value.name(), null, locale));
		}
		return labels;
	}

	private void validate(OfficeForm form, BindingResult errors) {
		this.beanValidator.validate(form, errors);
		this.officeValidator.validate(form, errors);
	}

}
