package be.brussels.mediation.office;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * An office as schema.org {@code GovernmentOffice} in JSON-LD, with its weekly hours and,
 * for the coming year, its closures and changed hours, for search engines and assistants.
 */
@Component
class OfficeJsonLd {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final OpeningHours hours;

	private final JsonMapper json;

	OfficeJsonLd(OpeningHours hours, JsonMapper json) {
		this.hours = hours;
		this.json = json;
	}

	/**
	 * The JSON-LD text, safe inside a {@code <script>} element.
	 */
	String of(Office office, String url, Locale locale) {
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("@context", "https://schema.org");
		data.put("@type", "GovernmentOffice");
		data.put("name", office.getName().in(locale));
		data.put("url", url);
		Address address = office.getAddress();
		data.put("address",
				Map.of("@type", "PostalAddress", "streetAddress", address.street(locale) + " " + address.number(),
						"postalCode", address.postalCode(), "addressLocality", address.locality(locale),
						"addressCountry", "BE"));
		data.put("geo", Map.of("@type", "GeoCoordinates", "latitude", office.getLocation().latitude(), "longitude",
				office.getLocation().longitude()));
		if (!office.getPhones().isEmpty()) {
			data.put("telephone", office.getPhones().get(0).e164());
		}
		if (office.getEmail() != null) {
			data.put("email", office.getEmail());
		}
		if (!office.getSessions().isEmpty()) {
			data.put("openingHoursSpecification", office.getSessions()
				.stream()
				.map((session) -> hours("https://schema.org/" + dayName(session), session.opens(), session.closes()))
				.toList());
			List<Map<String, Object>> special = new ArrayList<>();
			for (OpeningHours.Period period : this.hours.coming(office, 366)) {
				// schema.org says a day closed all day with opens and closes both at
				// 00:00.
				Map<String, Object> opening = period.isClosedAllDay()
						? hours(null, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
						: hours(null, period.sessions().get(0).opens(), period.sessions().get(0).closes());
				opening.put("validFrom", period.first().toString());
				opening.put("validThrough", period.last().toString());
				special.add(opening);
			}
			if (!special.isEmpty()) {
				data.put("specialOpeningHoursSpecification", special);
			}
		}
		return this.json.writeValueAsString(data).replace("<", "\\u003c");
	}

	private static Map<String, Object> hours(String dayOfWeek, LocalTime opens, LocalTime closes) {
		Map<String, Object> hours = new LinkedHashMap<>();
		hours.put("@type", "OpeningHoursSpecification");
		if (dayOfWeek != null) {
			hours.put("dayOfWeek", dayOfWeek);
		}
		hours.put("opens", TIME.format(opens));
		hours.put("closes", TIME.format(closes));
		return hours;
	}

	private static String dayName(OpeningSession session) {
		String name = session.day().name().toLowerCase(Locale.ROOT);
		return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
	}

}
