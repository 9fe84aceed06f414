package be.brussels.mediation.editing;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import be.brussels.mediation.office.OpeningException;
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
	 * Each session needs a day, an opening time and a later closing time, and must not
	 * overlap another session of the same day.
	 */
	private static void checkSessions(List<HoursRows.SessionRow> rows, Errors errors) {
		List<OpeningSession> valid = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			HoursRows.SessionRow row = rows.get(i);
			String path = "sessions[" + i + "].";
			if (row.isBlank()) {
				continue;
			}
			Optional<DayOfWeek> day = HoursRows.choice(DayOfWeek.class, row.getDay());
			Optional<LocalTime> opens = HoursRows.time(row.getOpens());
			Optional<LocalTime> closes = HoursRows.time(row.getCloses());
			if (day.isEmpty()) {
				errors.rejectValue(path + "day", "Hours.officeForm.day");
			}
			if (opens.isEmpty()) {
				errors.rejectValue(path + "opens", "Hours.officeForm.time");
			}
			if (closes.isEmpty()) {
				errors.rejectValue(path + "closes", "Hours.officeForm.time");
			}
			if (HoursRows.choice(OpeningSession.Mode.class, row.getMode()).isEmpty()) {
				errors.rejectValue(path + "mode", "Hours.officeForm.mode");
			}
			if (day.isEmpty() || opens.isEmpty() || closes.isEmpty()) {
				continue;
			}
			if (!closes.get().isAfter(opens.get())) {
				errors.rejectValue(path + "closes", "Hours.officeForm.closesAfterOpens");
				continue;
			}
			boolean overlaps = valid.stream()
				.anyMatch((other) -> other.day() == day.get() && other.opens().isBefore(closes.get())
						&& opens.get().isBefore(other.closes()));
			if (overlaps) {
				errors.rejectValue(path + "opens", "Hours.officeForm.overlap");
				continue;
			}
			valid.add(new OpeningSession(day.get(), opens.get(), closes.get(), OpeningSession.Mode.WALK_IN));
		}
	}

	/**
	 * Each exception needs dates in order that no other exception covers, and, when it
	 * closes the office or changes its hours, the reason in French and Dutch.
	 */
	private static void checkExceptions(List<HoursRows.ExceptionRow> rows, Errors errors) {
		List<Days> periods = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			HoursRows.ExceptionRow row = rows.get(i);
			String path = "exceptions[" + i + "].";
			if (row.isBlank()) {
				continue;
			}
			Optional<Days> period = checkDates(errors, path + "firstDay", row.getFirstDay(), path + "lastDay",
					row.getLastDay());
			if (period.isPresent()) {
				if (periods.stream().anyMatch(period.get()::overlaps)) {
					errors.rejectValue(path + "firstDay", "Hours.officeForm.exceptionOverlap");
				}
				periods.add(period.get());
			}
			Optional<OpeningException.Kind> kind = HoursRows.choice(OpeningException.Kind.class, row.getKind());
			if (kind.isEmpty()) {
				errors.rejectValue(path + "kind", "Hours.officeForm.kind");
			}
			else if (kind.get() == OpeningException.Kind.HOURS) {
				Optional<LocalTime> opens = HoursRows.time(row.getOpens());
				Optional<LocalTime> closes = HoursRows.time(row.getCloses());
				if (opens.isEmpty()) {
					errors.rejectValue(path + "opens", "Hours.officeForm.time");
				}
				if (closes.isEmpty()) {
					errors.rejectValue(path + "closes", "Hours.officeForm.time");
				}
				else if (opens.isPresent() && !closes.get().isAfter(opens.get())) {
					errors.rejectValue(path + "closes", "Hours.officeForm.closesAfterOpens");
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
		}
	}

	private static void checkNotices(List<HoursRows.NoticeRow> rows, Errors errors) {
		for (int i = 0; i < rows.size(); i++) {
			HoursRows.NoticeRow row = rows.get(i);
			String path = "notices[" + i + "].";
			if (row.isBlank()) {
				continue;
			}
			checkDates(errors, path + "visibleFrom", row.getVisibleFrom(), path + "visibleUntil",
					row.getVisibleUntil());
			if (row.getTextFr() == null) {
				errors.rejectValue(path + "textFr", "Hours.officeForm.noticeFr");
			}
			if (row.getTextNl() == null) {
				errors.rejectValue(path + "textNl", "Hours.officeForm.noticeNl");
			}
			checkLength(errors, path + "textFr", row.getTextFr(), 500);
			checkLength(errors, path + "textNl", row.getTextNl(), 500);
			checkLength(errors, path + "textEn", row.getTextEn(), 500);
		}
	}

	/**
	 * Checks two dates of the years residents may care about, the second not before the
	 * first.
	 * @return both dates, when they are right
	 */
	private static Optional<Days> checkDates(Errors errors, String firstField, String first, String lastField,
			String last) {
		Optional<LocalDate> from = checkDate(errors, firstField, first);
		Optional<LocalDate> until = checkDate(errors, lastField, last);
		if (from.isEmpty() || until.isEmpty()) {
			return Optional.empty();
		}
		if (until.get().isBefore(from.get())) {
			errors.rejectValue(lastField, "Hours.officeForm.lastAfterFirst");
			return Optional.empty();
		}
		return Optional.of(new Days(from.get(), until.get()));
	}

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

	/**
	 * From one day to another, both included.
	 */
	private record Days(LocalDate first, LocalDate last) {

		boolean overlaps(Days other) {
			return !this.first.isAfter(other.last) && !other.first.isAfter(this.last);
		}

	}

}
