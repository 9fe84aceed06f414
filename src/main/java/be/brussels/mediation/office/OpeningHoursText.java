package be.brussels.mediation.office;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import be.brussels.mediation.web.DateText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says opening hours in the page's language: "Open now, until 12:00", "Closed, opens
 * Monday at 9:00", "9:00–12:00 and 13:30–16:30".
 */
@Component
public class OpeningHoursText {

	/**
	 * How far ahead the office page lists closures and changed hours.
	 */
	static final int COMING_DAYS = 62;

	private final MessageSource messages;

	private final OpeningHours hours;

	OpeningHoursText(MessageSource messages, OpeningHours hours) {
		this.messages = messages;
		this.hours = hours;
	}

	/**
	 * Whether the office is open now: its first sentence ("Open now, until 12:00.",
	 * "Closed today (Easter Monday).") shown as a badge, and what follows.
	 */
	public StatusLine status(Office office, Locale locale) {
		OpeningHours.Status status = this.hours.status(office);
		List<String> sentences = sentences(status, locale);
		String badge = switch (status.kind()) {
			case NOT_PUBLISHED -> "notPublished";
			case OPEN, OPEN_BY_APPOINTMENT -> "open";
			case CLOSED, CLOSED_TODAY -> "closed";
		};
		return new StatusLine(badge, sentences.get(0), String.join(" ", sentences.subList(1, sentences.size())));
	}

	private List<String> sentences(OpeningHours.Status status, Locale locale) {
		List<String> sentences = new ArrayList<>();
		switch (status.kind()) {
			case NOT_PUBLISHED -> sentences.add(message("hours.status.notPublished", locale));
			case OPEN -> sentences.add(message("hours.status.open", locale, DateText.time(status.time(), locale)));
			case OPEN_BY_APPOINTMENT ->
				sentences.add(message("hours.status.openByAppointment", locale, DateText.time(status.time(), locale)));
			case CLOSED -> sentences.add((status.date() != null) ? opening(status, "hours.status.closedOpens", locale)
					: message("hours.status.closed", locale));
			case CLOSED_TODAY -> {
				OpeningHours.Day today = status.today();
				if (today.reason() == null) {
					sentences.add(message("hours.status.closedToday", locale));
				}
				else {
					sentences.add(message(
							today.holiday() ? "hours.status.closedTodayHoliday" : "hours.status.closedTodayBecause",
							locale, today.reason().in(locale)));
				}
				if (status.date() != null) {
					sentences.add(opening(status, "hours.status.opens", locale));
				}
			}
		}
		return sentences;
	}

	/**
	 * Offices as cards show them: each with what it says of today.
	 */
	public List<OfficeCard> cards(List<Office> offices, Locale locale) {
		return offices.stream().map((office) -> card(office, null, locale)).toList();
	}

	/**
	 * An office as its card shows it, with its distance when the card gives one.
	 */
	public OfficeCard card(Office office, Double distance, Locale locale) {
		return new OfficeCard(OfficeView.of(office, locale), status(office, locale),
				office.noticesOn(today()).stream().map((notice) -> OfficeView.Shown.of(notice.text(), locale)).toList(),
				distance);
	}

	/**
	 * The week as the office page's table shows it: each day's name and its sessions.
	 */
	public List<WeekDay> week(Office office, Locale locale) {
		return this.hours.usualWeek(office)
			.entrySet()
			.stream()
			.map((day) -> new WeekDay(dayName(day.getKey(), locale), sessions(day.getValue(), locale)))
			.toList();
	}

	/**
	 * An office in a list of cards: today's status and notices worked out once, and the
	 * distance (metres) when the list gives one.
	 */
	public record OfficeCard(OfficeView office, StatusLine status, List<OfficeView.Shown> notices, Double distance) {

	}

	/**
	 * A row of the office page's week: "Monday", "9:00–12:00 and 13:30–16:30".
	 */
	public record WeekDay(String name, String sessions) {

	}

	/**
	 * The status of an office: the kind of its badge ({@code open}, {@code closed} or
	 * {@code notPublished}), the sentence in the badge, and the sentences after it.
	 */
	public record StatusLine(String badge, String first, String rest) {

		public String text() {
			return this.rest.isEmpty() ? this.first : this.first + " " + this.rest;
		}

	}

	/**
	 * The sentence that says when the office opens next, and whether by appointment only
	 * (the key followed by {@code ByAppointment}).
	 */
	private String opening(OpeningHours.Status status, String key, Locale locale) {
		return message((status.mode() == OpeningSession.Mode.APPOINTMENT) ? key + "ByAppointment" : key, locale,
				when(status.date(), status.time(), locale));
	}

	public LocalDate today() {
		return this.hours.today();
	}

	/**
	 * The coming days, over two months, on which the office does not open as usual, each
	 * said as "Monday 29 March: Closed (Easter Monday)" or "From Wednesday 2 December to
	 * Thursday 31 December: Closed (works)".
	 */
	public List<String> coming(Office office, Locale locale) {
		return this.hours.coming(office, COMING_DAYS).stream().map((period) -> {
			String what = message("hours.coming.reason", locale, sessions(period.sessions(), locale),
					period.reason().in(locale));
			return period.first().equals(period.last())
					? message("hours.coming.day", locale,
							capitalised(DateText.weekdayAndDay(period.first(), locale), locale), what)
					: message("hours.coming.period", locale, DateText.weekdayAndDay(period.first(), locale),
							DateText.weekdayAndDay(period.last(), locale), what);
		}).toList();
	}

	/**
	 * A day's sessions, "9:00–12:00 and 13:30–16:30 (by appointment)", or "Closed".
	 */
	public String sessions(List<OpeningSession> sessions, Locale locale) {
		if (sessions.isEmpty()) {
			return message("hours.closed", locale);
		}
		return sessions.stream()
			.map((session) -> message(
					(session.mode() == OpeningSession.Mode.APPOINTMENT) ? "hours.session.appointment"
							: "hours.session.walkIn",
					locale, DateText.time(session.opens(), locale), DateText.time(session.closes(), locale)))
			.collect(Collectors.joining(message("hours.session.separator", locale)));
	}

	private String dayName(DayOfWeek day, Locale locale) {
		return capitalised(day.getDisplayName(TextStyle.FULL, locale), locale);
	}

	private static String capitalised(String text, Locale locale) {
		return text.substring(0, 1).toUpperCase(locale) + text.substring(1);
	}

	/**
	 * When the office opens next: "at 13:30" today, "tomorrow at 9:00", "Monday at 9:00"
	 * within a week, or "on 3 March at 9:00".
	 */
	private String when(LocalDate date, LocalTime time, Locale locale) {
		LocalDate today = this.hours.today();
		if (date.equals(today)) {
			return message("hours.when.today", locale, DateText.time(time, locale));
		}
		if (date.equals(today.plusDays(1))) {
			return message("hours.when.tomorrow", locale, DateText.time(time, locale));
		}
		if (date.isBefore(today.plusDays(7))) {
			return message("hours.when.weekday", locale, date.getDayOfWeek().getDisplayName(TextStyle.FULL, locale),
					DateText.time(time, locale));
		}
		return message("hours.when.date", locale, DateText.dayAndMonth(date, locale), DateText.time(time, locale));
	}

	private String message(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
