package be.brussels.mediation.editing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.brussels.mediation.office.Notice;
import be.brussels.mediation.office.OpeningException;
import be.brussels.mediation.office.OpeningSchedule;
import be.brussels.mediation.office.OpeningSession;
import be.brussels.mediation.office.PhoneNumber;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The checks on an office form that need more than annotations: Belgian phone numbers,
 * postal codes and coordinates of the Brussels-Capital Region, a secure website address,
 * known languages and neighbourhoods, opening hours that close after they open and do not
 * overlap, dates in order.
 */
@Component
class OfficeFormValidator implements Validator {

	/**
	 * Languages staff may say an office speaks (ISO 639-1): the City's three, then those
	 * most spoken in Brussels.
	 */
	static final List<String> LANGUAGES = List.of("fr", "nl", "en", "de", "es", "it", "pt", "pl", "ro", "bg", "el",
			"ar", "tr", "ru", "uk", "ln");

	// The smallest box around the Brussels-Capital Region, in WGS 84 degrees.
	private static final double SOUTH = 50.763;

	private static final double NORTH = 50.914;

	private static final double WEST = 4.243;

	private static final double EAST = 4.483;

	// Dates of opening hours fall in these years: a typing slip makes no year 20270.
	private static final int FIRST_YEAR = 2000;

	private static final int LAST_YEAR = 2099;

	private final Neighbourhoods neighbourhoods;

	OfficeFormValidator(Neighbourhoods neighbourhoods) {
		this.neighbourhoods = neighbourhoods;
	}

	@Override
	public boolean supports(Class<?> type) {
		return OfficeForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		OfficeForm form = (OfficeForm) target;
		if (form.getPostalCode() != null && !this.neighbourhoods.isRegionPostalCode(form.getPostalCode())) {
			errors.rejectValue("postalCode", "Region.officeForm.postalCode");
		}
		checkCoordinate(errors, "latitude", form.getLatitude(), SOUTH, NORTH);
		checkCoordinate(errors, "longitude", form.getLongitude(), WEST, EAST);
		for (int i = 0; i < form.getPhones().size(); i++) {
			String phone = form.getPhones().get(i);
			if (phone != null && !phone.isBlank() && PhoneNumber.parseBelgian(phone).isEmpty()) {
				errors.rejectValue("phones[" + i + "]", "Phone.officeForm.phones");
			}
		}
		if (form.getWebsite() != null && !isSecureAddress(form.getWebsite())) {
			errors.rejectValue("website", "Url.officeForm.website");
		}
		if (!LANGUAGES.containsAll(form.getLanguages())) {
			errors.rejectValue("languages", "Unknown.officeForm.languages");
		}
		if (!this.neighbourhoods.codes().containsAll(form.getServiceArea())) {
			errors.rejectValue("serviceArea", "Unknown.officeForm.serviceArea");
		}
		checkSessions(form.getSessions(), errors);
		checkExceptions(form.getExceptions(), errors);
		checkNotices(form.getNotices(), errors);
	}

	/**
	 * Each session needs a day, an opening and a closing time and a way to come; the rows
	 * that have them must keep the rules of opening hours ({@link OpeningSchedule}).
	 */
	private static void checkSessions(List<HoursRows.SessionRow> rows, Errors errors) {
		List<OpeningSession> sessions = new ArrayList<>();
		List<Integer> rowOf = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			HoursRows.SessionRow row = rows.get(i);
			String path = "sessions[" + i + "].";
			if (row.isBlank()) {
				continue;
			}
			Optional<DayOfWeek> day = HoursRows.choice(DayOfWeek.class, row.getDay());
			Optional<LocalTime> opens = HoursRows.time(row.getOpens());
			Optional<LocalTime> closes = HoursRows.time(row.getCloses());
			Optional<OpeningSession.Mode> mode = HoursRows.choice(OpeningSession.Mode.class, row.getMode());
			if (day.isEmpty()) {
				errors.rejectValue(path + "day", "Hours.officeForm.day");
			}
			if (opens.isEmpty()) {
				errors.rejectValue(path + "opens", "Hours.officeForm.time");
			}
			if (closes.isEmpty()) {
				errors.rejectValue(path + "closes", "Hours.officeForm.time");
			}
			if (mode.isEmpty()) {
				errors.rejectValue(path + "mode", "Hours.officeForm.mode");
			}
			if (day.isPresent() && opens.isPresent() && closes.isPresent()) {
				sessions.add(new OpeningSession(day.get(), opens.get(), closes.get(),
						mode.orElse(OpeningSession.Mode.WALK_IN)));
				rowOf.add(i);
			}
		}
		for (OpeningSchedule.Violation violation : OpeningSchedule.ofSessions(sessions)) {
			String path = "sessions[" + rowOf.get(violation.row()) + "].";
			switch (violation.rule()) {
				case CLOSES_AFTER_OPENS -> errors.rejectValue(path + "closes", "Hours.officeForm.closesAfterOpens");
				default -> errors.rejectValue(path + "opens", "Hours.officeForm.overlap");
			}
		}
	}

	/**
	 * Each exception needs two dates, what happens and, when it closes the office or
	 * changes its hours, the reason in French and Dutch; changed hours need both times.
	 * The rows that have them must keep the rules of opening hours
	 * ({@link OpeningSchedule}).
	 */
	private static void checkExceptions(List<HoursRows.ExceptionRow> rows, Errors errors) {
		List<OpeningException> exceptions = new ArrayList<>();
		List<Integer> rowOf = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			HoursRows.ExceptionRow row = rows.get(i);
			String path = "exceptions[" + i + "].";
			if (row.isBlank()) {
				continue;
			}
			Optional<LocalDate> first = checkDate(errors, path + "firstDay", row.getFirstDay());
			Optional<LocalDate> last = checkDate(errors, path + "lastDay", row.getLastDay());
			Optional<OpeningException.Kind> kind = HoursRows.choice(OpeningException.Kind.class, row.getKind());
			Optional<LocalTime> opens = HoursRows.time(row.getOpens());
			Optional<LocalTime> closes = HoursRows.time(row.getCloses());
			if (kind.isEmpty()) {
				errors.rejectValue(path + "kind", "Hours.officeForm.kind");
			}
			else if (kind.get() == OpeningException.Kind.HOURS) {
				if (opens.isEmpty()) {
					errors.rejectValue(path + "opens", "Hours.officeForm.time");
				}
				if (closes.isEmpty()) {
					errors.rejectValue(path + "closes", "Hours.officeForm.time");
				}
			}
			if (kind.isPresent() && kind.get() != OpeningException.Kind.OPEN) {
				if (row.getReasonFr() == null) {
					errors.rejectValue(path + "reasonFr", "Hours.officeForm.reasonFr");
				}
				if (row.getReasonNl() == null) {
					errors.rejectValue(path + "reasonNl", "Hours.officeForm.reasonNl");
				}
			}
			checkLength(errors, path + "reasonFr", row.getReasonFr(), 200);
			checkLength(errors, path + "reasonNl", row.getReasonNl(), 200);
			checkLength(errors, path + "reasonEn", row.getReasonEn(), 200);
			if (first.isPresent() && last.isPresent()) {
				exceptions.add(new OpeningException(first.get(), last.get(), kind.orElse(null), opens.orElse(null),
						closes.orElse(null), null));
				rowOf.add(i);
			}
		}
		for (OpeningSchedule.Violation violation : OpeningSchedule.ofExceptions(exceptions)) {
			String path = "exceptions[" + rowOf.get(violation.row()) + "].";
			switch (violation.rule()) {
				case DAYS_IN_ORDER -> errors.rejectValue(path + "lastDay", "Hours.officeForm.lastAfterFirst");
				case NO_OVERLAP -> errors.rejectValue(path + "firstDay", "Hours.officeForm.exceptionOverlap");
				case CLOSES_AFTER_OPENS -> {
					// Times that are missing or wrong are said so already.
					if (!errors.hasFieldErrors(path + "opens") && !errors.hasFieldErrors(path + "closes")) {
						errors.rejectValue(path + "closes", "Hours.officeForm.closesAfterOpens");
					}
				}
			}
		}
	}

	/**
	 * Each notice needs two dates and its text in French and Dutch; the dates must be in
	 * order ({@link OpeningSchedule}).
	 */
	private static void checkNotices(List<HoursRows.NoticeRow> rows, Errors errors) {
		List<Notice> notices = new ArrayList<>();
		List<Integer> rowOf = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			HoursRows.NoticeRow row = rows.get(i);
			String path = "notices[" + i + "].";
			if (row.isBlank()) {
				continue;
			}
			Optional<LocalDate> from = checkDate(errors, path + "visibleFrom", row.getVisibleFrom());
			Optional<LocalDate> until = checkDate(errors, path + "visibleUntil", row.getVisibleUntil());
			if (row.getTextFr() == null) {
				errors.rejectValue(path + "textFr", "Hours.officeForm.noticeFr");
			}
			if (row.getTextNl() == null) {
				errors.rejectValue(path + "textNl", "Hours.officeForm.noticeNl");
			}
			checkLength(errors, path + "textFr", row.getTextFr(), 500);
			checkLength(errors, path + "textNl", row.getTextNl(), 500);
			checkLength(errors, path + "textEn", row.getTextEn(), 500);
			if (from.isPresent() && until.isPresent()) {
				notices.add(new Notice(from.get(), until.get(), null));
				rowOf.add(i);
			}
		}
		for (OpeningSchedule.Violation violation : OpeningSchedule.ofNotices(notices)) {
			errors.rejectValue("notices[" + rowOf.get(violation.row()) + "].visibleUntil",
					"Hours.officeForm.lastAfterFirst");
		}
	}

	/**
	 * Checks a date of the years residents may care about.
	 * @return the date, when it is right
	 */
	private static Optional<LocalDate> checkDate(Errors errors, String field, String text) {
		Optional<LocalDate> date = HoursRows.date(text);
		if (date.isEmpty()) {
			errors.rejectValue(field, "Hours.officeForm.date");
		}
		else if (date.get().getYear() < FIRST_YEAR || date.get().getYear() > LAST_YEAR) {
			errors.rejectValue(field, "Hours.officeForm.dateYears",
					new Object[] { String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR) }, null);
			return Optional.empty();
		}
		return date;
	}

	private static void checkLength(Errors errors, String field, String text, int max) {
		if (text != null && text.length() > max) {
			errors.rejectValue(field, "Size", new Object[] { field, max, 0 }, null);
		}
	}

	private static void checkCoordinate(Errors errors, String field, String text, double min, double max) {
		if (text == null || errors.hasFieldErrors(field)) {
			return;
		}
		try {
			double degrees = OfficeForm.degrees(text);
			if (!(degrees >= min && degrees <= max)) {
				errors.rejectValue(field, "Region.officeForm." + field);
			}
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "Region.officeForm." + field);
		}
	}

	private static boolean isSecureAddress(String text) {
		try {
			URI uri = new URI(text);
			return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getHost().contains(".");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
