package be.brussels.mediation.editing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.web.DateText;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Compares two states of an office field by field, as staff read them: phone numbers as
 * dialled, languages and neighbourhoods by name, choices by their label.
 */
@Component
class OfficeChanges {

	private final MessageSource messages;

	private final Neighbourhoods neighbourhoods;

	OfficeChanges(MessageSource messages, Neighbourhoods neighbourhoods) {
		this.messages = messages;
		this.neighbourhoods = neighbourhoods;
	}

	/**
	 * The fields written in words (names, descriptions, notes), compared word by word;
	 * every other field's values are compared whole.
	 */
	private static final Set<String> PROSE = Set.of("districtFr", "districtNl", "districtEn", "nameFr", "nameNl",
			"nameEn", "descriptionFr", "descriptionNl", "descriptionEn", "streetFr", "streetNl", "localityFr",
			"localityNl", "accessibilityNoteFr", "accessibilityNoteNl", "accessibilityNoteEn");

	/**
	 * The fields that differ from {@code before} to {@code after}, in form order; every
	 * filled field when there is no {@code before}.
	 */
	List<FieldChange> between(OfficeForm before, OfficeForm after, Locale locale) {
		Map<String, List<String>> old = (before != null) ? values(before, locale) : Map.of();
		Map<String, List<String>> now = values(after, locale);
		List<FieldChange> changes = new ArrayList<>();
		now.forEach((field, value) -> {
			List<String> oldValue = old.getOrDefault(field, List.of());
			if (!oldValue.equals(value)) {
				changes.add(PROSE.contains(field)
						? FieldChange.inWords(field, String.join("", oldValue), String.join("", value))
						: FieldChange.inValues(field, oldValue, value));
			}
		});
		return changes;
	}

	/**
	 * Each field's values as staff read them: none when empty; one for a text; one for
	 * each phone, language, neighbourhood, opening, closure or notice; dates and times as
	 * the page's language writes them.
	 */
	private Map<String, List<String>> values(OfficeForm form, Locale locale) {
		Map<String, List<String>> values = new LinkedHashMap<>();
		BiConsumer<String, String> one = (field, value) -> values.put(field,
				(value == null || value.isEmpty()) ? List.of() : List.of(value));
		one.accept("districtFr", form.getDistrictFr());
		one.accept("districtNl", form.getDistrictNl());
		one.accept("districtEn", form.getDistrictEn());
		one.accept("nameFr", form.getNameFr());
		one.accept("nameNl", form.getNameNl());
		one.accept("nameEn", form.getNameEn());
		one.accept("descriptionFr", form.getDescriptionFr());
		one.accept("descriptionNl", form.getDescriptionNl());
		one.accept("descriptionEn", form.getDescriptionEn());
		one.accept("streetFr", form.getStreetFr());
		one.accept("streetNl", form.getStreetNl());
		one.accept("number", form.getNumber());
		one.accept("postalCode", form.getPostalCode());
		one.accept("localityFr", form.getLocalityFr());
		one.accept("localityNl", form.getLocalityNl());
		one.accept("latitude", form.getLatitude());
		one.accept("longitude", form.getLongitude());
		one.accept("approximate", yesNo(form.isApproximate(), locale));
		values.put("phones", form.filledPhones());
		one.accept("email", form.getEmail());
		one.accept("website", form.getWebsite());
		// Sets: in name order, whatever order the form sent them in.
		values.put("languages",
				names(form.getLanguages(), (code) -> Office.languageName(code, locale)).stream().sorted().toList());
		one.accept("accessibility",
				this.messages.getMessage("admin.office.accessibility." + form.getAccessibility(), null, locale));
		one.accept("accessibilityNoteFr", form.getAccessibilityNoteFr());
		one.accept("accessibilityNoteNl", form.getAccessibilityNoteNl());
		one.accept("accessibilityNoteEn", form.getAccessibilityNoteEn());
		Map<Integer, String> areaNames = this.neighbourhoods.all()
			.stream()
			.collect(Collectors.toMap(Neighbourhoods.Neighbourhood::code, (n) -> n.name(locale)));
		values.put("serviceArea",
				names(form.getServiceArea(), (code) -> areaNames.getOrDefault(code, "" + code)).stream()
					.sorted()
					.toList());
		values.put("sessions", names(form.getSessions(), (row) -> row.isBlank() ? ""
				: String.join(" ", dayName(row.getDay(), locale),
						period(row.getOpens(), row.getCloses(), (time) -> DateText.time(LocalTime.parse(time), locale)),
						label("admin.office.mode.", row.getMode(), locale))));
		values.put("exceptions",
				names(form.getExceptions(), (row) -> row.isBlank() ? "" : String
					.join(" ", days(row.getFirstDay(), row.getLastDay(), locale),
							label("admin.office.exception.kind.", row.getKind(), locale),
							(row.getOpens() != null) ? period(row.getOpens(), row.getCloses(),
									(time) -> DateText.time(LocalTime.parse(time), locale)) : "",
							String.join(" / ", nonNull(row.getReasonFr(), row.getReasonNl(), row.getReasonEn())))
					.strip()));
		values.put("notices",
				names(form.getNotices(),
						(row) -> row.isBlank() ? "" : days(row.getVisibleFrom(), row.getVisibleUntil(), locale) + " "
								+ String.join(" / ", nonNull(row.getTextFr(), row.getTextNl(), row.getTextEn()))));
		one.accept("published", yesNo(form.isPublished(), locale));
		return values;
	}

	private static String days(String first, String last, Locale locale) {
		return period(first, last, (day) -> DateText.day(LocalDate.parse(day), locale));
	}

	/**
	 * "from–to", each as the page's language writes it; as typed when it is no date or
	 * time.
	 */
	private static String period(String from, String to, Function<String, String> written) {
		return inWords(from, written) + "–" + inWords(to, written);
	}

	private static String inWords(String value, Function<String, String> written) {
		if (value == null) {
			return "";
		}
		try {
			return written.apply(value);
		}
		catch (DateTimeParseException ex) {
			return value;
		}
	}

	private String label(String prefix, String value, Locale locale) {
		return this.messages.getMessage(prefix + value, null, String.valueOf(value), locale);
	}

	private static String dayName(String day, Locale locale) {
		return HoursRows.choice(DayOfWeek.class, day)
			.map((value) -> value.getDisplayName(TextStyle.FULL, locale))
			.orElse(String.valueOf(day));
	}

	private static List<String> nonNull(String... texts) {
		return Arrays.stream(texts).filter(Objects::nonNull).toList();
	}

	private String yesNo(boolean value, Locale locale) {
		return this.messages.getMessage(value ? "admin.yes" : "admin.no", null, locale);
	}

	private static <T> List<String> names(List<T> values, Function<T, String> name) {
		return values.stream().map(name).filter((text) -> !text.isEmpty()).toList();
	}

}
