package be.brussels.mediation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

/**
 * Dates and times for residents and staff, as a native writer puts them: "vendredi 1er
 * janvier", "13 h 30" in French; "Friday 1 January", "13:30" in English and Dutch.
 */
public final class DateText {

	/** The days of the month as French writes them: the first is "1er". */
	private static final Map<Long, String> FRENCH_DAYS = LongStream.rangeClosed(1, 31)
		.boxed()
		.collect(Collectors.toMap((day) -> day, (day) -> (day == 1) ? "1er" : Long.toString(day)));

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

	/** The time zone of every date and time the site tells. */
	public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private DateText() {
	}

	/** "1er janvier 2027", "1 januari 2027", "1 January 2027". */
	public static String day(LocalDate date, Locale locale) {
		return formatter(false, true, locale).format(date);
	}

	/** "1er janvier", "1 January". */
	public static String dayAndMonth(LocalDate date, Locale locale) {
		return formatter(false, false, locale).format(date);
	}

	/** "vendredi 1er janvier", "Friday 1 January". */
	public static String weekdayAndDay(LocalDate date, Locale locale) {
		return formatter(true, false, locale).format(date);
	}

	/**
	 * A moment as Brussels lived it: "1er janvier 2027, 13 h 30", "1 January 2027,
	 * 13:30".
	 */
	public static String dayAndTime(Instant instant, Locale locale) {
		ZonedDateTime local = instant.atZone(BRUSSELS);
		return day(local.toLocalDate(), locale) + ", " + time(local.toLocalTime(), locale);
	}

	/**
	 * "9 h" and "13 h 30" in French (with no-break spaces, so that a time never splits
	 * across two lines), "9:00" and "13:30" otherwise.
	 */
	public static String time(LocalTime time, Locale locale) {
		if (!isFrench(locale)) {
			return TIME.format(time);
		}
		return (time.getMinute() == 0) ? time.getHour() + "\u00a0h"
				: String.format("%d\u00a0h\u00a0%02d", time.getHour(), time.getMinute());
	}

	private static DateTimeFormatter formatter(boolean weekday, boolean year, Locale locale) {
		DateTimeFormatterBuilder builder = new DateTimeFormatterBuilder();
		if (weekday) {
			builder.appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL).appendLiteral(' ');
		}
		if (isFrench(locale)) {
			builder.appendText(ChronoField.DAY_OF_MONTH, FRENCH_DAYS);
		}
		else {
			builder.appendValue(ChronoField.DAY_OF_MONTH);
		}
		builder.appendLiteral(' ').appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL);
		if (year) {
			builder.appendLiteral(' ').appendValue(ChronoField.YEAR);
		}
		return builder.toFormatter(locale);
	}

	private static boolean isFrench(Locale locale) {
		return "fr".equals(locale.getLanguage());
	}

}
