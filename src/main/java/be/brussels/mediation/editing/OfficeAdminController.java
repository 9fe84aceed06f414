package be.brussels.mediation.editing;

import java.security.Principal;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
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
import be.brussels.mediation.web.DateText;
import be.brussels.mediation.web.FormBinding;
import be.brussels.mediation.web.FormFieldNames;
import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.StaffPage;
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
 * Staff pages for one office: create, edit (rows of phones and hours added, removed and
 * moved without JavaScript), save and mark as checked, archive and bring back (each asked
 * first), history and restore.
 */
@StaffPage
@Controller
class OfficeAdminController {

	private final OfficeEditing editing;

	private final OfficeRepository offices;

	private final OfficeFormValidator officeValidator;

	private final SpringValidatorAdapter beanValidator;

	private final Neighbourhoods neighbourhoods;

	private final Links links;

	private final MessageSource messages;

	private final OfficeChanges changes;

	OfficeAdminController(OfficeEditing editing, OfficeRepository offices, OfficeFormValidator officeValidator,
			Validator beanValidator, Neighbourhoods neighbourhoods, Links links, MessageSource messages,
			OfficeChanges changes) {
		this.messages = messages;
		this.changes = changes;
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
		Optional<OfficeForm> unsaved = unsaved(request, model);
		model.addAttribute("saved", unsaved.isEmpty());
		OfficeForm form = unsaved.orElseGet(OfficeForm::new);
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
			model.addAttribute("focus", form.changeRows(rowAction));
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
		Optional<OfficeForm> unsaved = unsaved(request, model);
		model.addAttribute("saved", unsaved.isEmpty());
		OfficeForm form = unsaved.orElseGet(() -> OfficeForm.from(office));
		form.getPhones().add(null);
		return form(form, office, slug, model, locale);
	}

	/**
	 * The form as the member of staff sent it and did not save, if they did (with a token
	 * that no longer held, or on the way to archiving): with the version they had opened,
	 * so that saving it now still refuses to overwrite someone else's change.
	 */
	private Optional<OfficeForm> unsaved(HttpServletRequest request, Model model) {
		return UnsavedForm.take(request)
			.filter((kept) -> FormFieldNames.fit(OfficeForm.class, kept.fields().keySet()))
			.map((kept) -> {
				OfficeForm form = new OfficeForm();
				WebDataBinder binder = new WebDataBinder(form, "officeForm");
				FormBinding.apply(binder);
				binder.bind(new MutablePropertyValues(kept.fields()));
				// After archiving, its own notice says so.
				if (!model.containsAttribute("notice")) {
					model.addAttribute("notice", kept.notice());
				}
				return form;
			});
	}

	@PostMapping("/admin/offices/{slug}")
	String save(@PathVariable String slug, @ModelAttribute("officeForm") OfficeForm form, BindingResult errors,
			@RequestParam(required = false) String rowAction, Principal user, Model model, Locale locale,
			RedirectAttributes redirect, HttpServletRequest request, HttpServletResponse response) {
		return save(slug, form, errors, rowAction, false, user, model, locale, redirect, request, response);
	}

	/**
	 * "Save and mark as checked": the form is saved first, as {@link #save} does, so that
	 * what the public page calls checked is what staff see; nothing is marked when it
	 * cannot be saved.
	 */
	@PostMapping("/admin/offices/{slug}/checked")
	String saveAndMarkChecked(@PathVariable String slug, @ModelAttribute("officeForm") OfficeForm form,
			BindingResult errors, Principal user, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletRequest request, HttpServletResponse response) {
		return save(slug, form, errors, null, true, user, model, locale, redirect, request, response);
	}

	private String save(String slug, OfficeForm form, BindingResult errors, String rowAction, boolean checked,
			Principal user, Model model, Locale locale, RedirectAttributes redirect, HttpServletRequest request,
			HttpServletResponse response) {
		if (request.getAttribute(OfficeFormOutageFilter.NOT_SAVED) != null) {
			return notSaved(form, slug, model, locale, response);
		}
		Office office = this.editing.editable(slug, user.getName());
		if (rowAction != null) {
			model.addAttribute("focus", form.changeRows(rowAction));
			return form(form, office, slug, model, locale);
		}
		validate(form, errors);
		if (errors.hasErrors()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return form(form, office, slug, model, locale);
		}
		try {
			if (checked) {
				this.editing.updateAndMarkChecked(slug, form, user.getName(), locale);
			}
			else {
				this.editing.update(slug, form, user.getName(), locale);
			}
		}
		catch (OfficeConflictException conflict) {
			return conflict(conflict, office, model, locale, response);
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			return conflict(this.editing.conflict(slug, form, user.getName(), locale), office, model, locale, response);
		}
		redirect.addFlashAttribute("notice", checked ? "admin.notice.checked" : "admin.notice.saved");
		return "redirect:" + this.links.admin("/offices/" + slug);
	}

	/**
	 * What archiving (or bringing back) will do, asked before it is done. Sent from the
	 * office's form, with what was typed in it: if that differs from the office as saved,
	 * it is kept, and found in the form afterwards, not saved yet.
	 */
	@PostMapping("/admin/offices/{slug}/{action:archive|unarchive}")
	String confirmArchiving(@PathVariable String slug, @PathVariable String action,
			@ModelAttribute("officeForm") OfficeForm form, BindingResult errors, Principal user, Model model,
			Locale locale, HttpServletRequest request, HttpServletResponse response) {
		if (request.getAttribute(OfficeFormOutageFilter.NOT_SAVED) != null) {
			return notSaved(form, slug, model, locale, response);
		}
		Office office = this.editing.editable(slug, user.getName());
		boolean edited = errors.hasErrors() || !this.changes.between(OfficeForm.from(office), form, locale).isEmpty();
		boolean kept = edited
				&& UnsavedForm.keep(request, this.links.admin("/offices/" + slug), "admin.notice.editsKept");
		model.addAttribute("editsNotKept", edited && !kept);
		return confirmation(office, action, kept, model, locale);
	}

	@GetMapping("/admin/offices/{slug}/{action:archive|unarchive}")
	String confirmArchiving(@PathVariable String slug, @PathVariable String action, Principal user, Model model,
			Locale locale) {
		return confirmation(this.editing.editable(slug, user.getName()), action, false, model, locale);
	}

	private String confirmation(Office office, String action, boolean editsKept, Model model, Locale locale) {
		if (office.isArchived() == action.equals("archive")) {
			// Already done (twice sent, or by someone else): the form says where it
			// stands.
			return "redirect:" + this.links.admin("/offices/" + office.getSlug());
		}
		model.addAttribute("action", action);
		model.addAttribute("consequences",
				action.equals("archive")
						? List.of("admin.office.archive.hidden", "admin.office.archive.gone",
								"admin.office.archive.undo")
						: List.of("admin.office.unarchive.current", "admin.office.unarchive.publish"));
		model.addAttribute("officeName", office.getName().in(locale));
		model.addAttribute("officePage", this.links.admin("/offices/" + office.getSlug()));
		model.addAttribute("confirmAction",
				this.links.admin("/offices/" + office.getSlug() + "/" + action + "/confirmed"));
		model.addAttribute("editsKept", editsKept);
		return "editing/archiving";
	}

	/**
	 * Archives the office, or brings it back, once confirmed. A form kept unsaved on the
	 * way ({@link #confirmArchiving}) now starts from the office as it is after this
	 * change, unless someone else changed it meanwhile (then saving it shows what they
	 * changed, as for any form opened before a change).
	 */
	@PostMapping("/admin/offices/{slug}/{action:archive|unarchive}/confirmed")
	String archive(@PathVariable String slug, @PathVariable String action, Principal user, RedirectAttributes redirect,
			HttpServletRequest request) {
		String page = this.links.admin("/offices/" + slug);
		boolean archive = action.equals("archive");
		long before = this.editing.editable(slug, user.getName()).getVersion();
		Office office = this.editing.setArchived(slug, archive, user.getName());
		Optional<UnsavedForm> kept = UnsavedForm.take(request, page);
		kept.ifPresent((form) -> {
			Map<String, String[]> typed = new LinkedHashMap<>(form.fields());
			// Only this change came between: the form starts from it (a change by someone
			// else meanwhile is shown when the form is saved, as for any form opened
			// before).
			if (office.getVersion() == before + 1 && String.valueOf(before).equals(first(typed.get("version")))) {
				typed.put("version", new String[] { String.valueOf(office.getVersion()) });
			}
			if (archive) {
				// An archived office is never published: the form must not say it is.
				typed.remove("published");
			}
			UnsavedForm.keep(request, page, typed, form.notice());
		});
		redirect.addFlashAttribute("notice", "admin.notice." + action + "d" + (kept.isPresent() ? "EditsKept" : ""));
		return "redirect:" + page;
	}

	private static String first(String[] values) {
		return (values != null && values.length > 0) ? values[0] : null;
	}

	@GetMapping("/admin/offices/{slug}/history")
	String history(@PathVariable String slug, Principal user, Model model, Locale locale) {
		Office office = this.editing.editable(slug, user.getName());
		model.addAttribute("office", office);
		model.addAttribute("revisions", this.editing.history(office, locale));
		return "editing/history";
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
		if (conflict.latest() != null) {
			model.addAttribute("conflictWhen", DateText.dayAndTime(conflict.latest().getCreatedAt(), locale));
		}
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
		if (office != null && office.getCheckedOn() != null) {
			model.addAttribute("checkedOn", DateText.day(office.getCheckedOn(), locale));
		}
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
		return "editing/office-form";
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
