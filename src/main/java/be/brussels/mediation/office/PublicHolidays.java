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

import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The days every office is closed: Belgium's ten national public holidays (from
 * Jollyday's calendar) and the City's own closure days, set with
 * {@code mediation.hours.city-closure-days} (for example {@code 05-08,12-26}).
 */
@Component
public class PublicHolidays {

	// Easter Sunday and Whit Sunday are in Jollyday's calendar but are not among the ten
	// national public holidays: they are Sundays anyway.
	private static final Set<String> SUNDAYS = Set.of("christian.EASTER", "christian.PENTECOST");

	private final HolidayManager belgium = HolidayManager
		.getInstance(ManagerParameters.create(HolidayCalendar.BELGIUM));

	private final List<MonthDay> cityClosureDays;

	private final LocalizedText cityClosureName;

	private final Map<Integer, Map<LocalDate, LocalizedText>> byYear = new ConcurrentHashMap<>();

	PublicHolidays(@Value("${mediation.hours.city-closure-days:}") String cityClosureDays, MessageSource messages) {
		this.cityClosureDays = Arrays.stream(cityClosureDays.split(","))
			.map(String::strip)
			.filter((day) -> !day.isEmpty())
			.map((day) -> MonthDay.parse("--" + day))
			.toList();
		this.cityClosureName = new LocalizedText(messages.getMessage("hours.cityClosureDay", null, Locale.FRENCH),
				messages.getMessage("hours.cityClosureDay", null, Locale.forLanguageTag("nl")),
				messages.getMessage("hours.cityClosureDay", null, Locale.ENGLISH));
	}

	/**
	 * The name of the holiday or closure day on that date, if it is one.
	 */
	public Optional<LocalizedText> on(LocalDate day) {
		return Optional.ofNullable(ofYear(day.getYear()).get(day));
	}

	private Map<LocalDate, LocalizedText> ofYear(int year) {
		return this.byYear.computeIfAbsent(year, (ignored) -> {
			Map<LocalDate, LocalizedText> days = this.belgium.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY)
				.stream()
				.filter((holiday) -> !SUNDAYS.contains(holiday.getPropertiesKey()))
				.collect(Collectors.toMap((holiday) -> holiday.getDate(),
						(holiday) -> new LocalizedText(holiday.getDescription(Locale.FRENCH),
								holiday.getDescription(Locale.forLanguageTag("nl")),
								holiday.getDescription(Locale.ENGLISH)),
						(a, b) -> a, ConcurrentHashMap::new));
			this.cityClosureDays.forEach((day) -> days.putIfAbsent(day.atYear(year), this.cityClosureName));
			return Map.copyOf(days);
		});
	}

}
