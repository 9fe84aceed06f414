package be.brussels.mediation.office;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The days every office is closed: Belgium's ten national public holidays (from
 * Jollyday's calendar, named as the message bundles say them in Belgium) and the City's
 * own closure days, set with {@code mediation.hours.city-closure-days} (for example
 * {@code 05-08,12-26}).
 */
@Component
public class PublicHolidays {

	// Easter Sunday and Whit Sunday are in Jollyday's calendar but are not among the ten
	// national public holidays: they are Sundays anyway.
	private static final Set<String> SUNDAYS = Set.of("christian.EASTER", "christian.PENTECOST");

	private final HolidayManager belgium = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.BELGIUM));

	private final List<MonthDay> cityClosureDays;

	private final MessageSource messages;

	private final ClosureDay cityClosureDay;

	private final Map<Integer, Map<LocalDate, ClosureDay>> byYear = new ConcurrentHashMap<>();

	PublicHolidays(@Value("${mediation.hours.city-closure-days:}") String cityClosureDays, MessageSource messages) {
		this.cityClosureDays = Arrays.stream(cityClosureDays.split(","))
			.map(String::strip)
			.filter((day) -> !day.isEmpty())
			.map((day) -> MonthDay.parse("--" + day))
			.toList();
		this.messages = messages;
		this.cityClosureDay = new ClosureDay(name("hours.cityClosureDay", null), false);
	}

	/**
	 * The name of the holiday or closure day on that date, if it is one.
	 */
	public Optional<ClosureDay> on(LocalDate day) {
		return Optional.ofNullable(ofYear(day.getYear()).get(day));
	}

	private Map<LocalDate, ClosureDay> ofYear(int year) {
		return this.byYear.computeIfAbsent(year, (ignored) -> {
			Map<LocalDate, ClosureDay> days = this.belgium.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)
				.stream()
				.filter((holiday) -> !SUNDAYS.contains(holiday.getPropertiesKey()))
				.collect(Collectors.toMap(Holiday::getDate,
						(holiday) -> new ClosureDay(name("hours.holiday." + holiday.getPropertiesKey(), holiday), true),
						(a, b) -> a, ConcurrentHashMap::new));
			this.cityClosureDays.forEach((day) -> days.putIfAbsent(day.atYear(year), this.cityClosureDay));
			return Map.copyOf(days);
		});
	}

	/**
	 * The name in the three languages, from the bundles or else as Jollyday says it.
	 */
	private LocalizedText name(String key, Holiday holiday) {
		return new LocalizedText(name(key, holiday, Locale.FRENCH), name(key, holiday, Locale.forLanguageTag("nl")),
				name(key, holiday, Locale.ENGLISH));
	}

	private String name(String key, Holiday holiday, Locale locale) {
		return this.messages.getMessage(key, null, (holiday != null) ? holiday.getDescription(locale) : null, locale);
	}

	/**
	 * A day every office is closed, and whether it is a public holiday or one of the
	 * City's own closure days.
	 */
	public record ClosureDay(LocalizedText name, boolean publicHoliday) {
	}

}
