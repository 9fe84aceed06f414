package be.brussels.mediation.office;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Locale;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.property.DateEnd;
import biweekly.property.DateStart;
import biweekly.property.Transparency;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An office's closures and changed hours for the coming year as iCalendar, one all-day
 * event per period, for residents' calendars.
 */
@Component
class OfficeCalendar {

	private static final int DAYS = 366;

	private final OpeningHours hours;

	private final OpeningHoursText text;

	private final MessageSource messages;

	OfficeCalendar(OpeningHours hours, OpeningHoursText text, MessageSource messages) {
		this.hours = hours;
		this.text = text;
		this.messages = messages;
	}

	String closures(Office office, String officeUrl, Locale locale) {
		ICalendar calendar = new ICalendar();
		calendar.setProductId("-//Ville de Bruxelles - Stad Brussel//Mediation Directory//" + locale.getLanguage());
		String name = this.messages.getMessage("hours.calendar.name", new Object[] { office.getName().in(locale) },
				locale);
		calendar.setName(name);
		// The name as the calendar programs in wide use read it.
		calendar.setExperimentalProperty("X-WR-CALNAME", name);
		for (OpeningHours.Period period : this.hours.coming(office, DAYS)) {
			VEvent event = new VEvent();
			String reason = period.reason().in(locale);
			event.setSummary(period.isClosedAllDay()
					? this.messages.getMessage("hours.calendar.closed", new Object[] { reason }, locale)
					: this.messages.getMessage("hours.coming.reason",
							new Object[] { this.text.sessions(period.sessions(), locale), reason }, locale));
			event.setDateStart(new DateStart(date(period.first()), false));
			event.setDateEnd(new DateEnd(date(period.last().plusDays(1)), false));
			// A closure does not make residents busy.
			event.setTransparency(Transparency.transparent());
			event.setUid(office.getSlug() + "-" + period.first() + "@mediation.brussels");
			event.setUrl(officeUrl);
			calendar.addEvent(event);
		}
		return Biweekly.write(calendar).go();
	}

	/**
	 * A day as biweekly wants it: a {@link Date} at midnight in the JVM's time zone,
	 * which it uses to write dates without time.
	 */
	private static Date date(LocalDate day) {
		return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
	}

}
