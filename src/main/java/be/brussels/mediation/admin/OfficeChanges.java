package be.brussels.mediation.admin;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.brussels.mediation.office.Office;

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
	 * The fields that differ from {@code before} to {@code after}, in form order; every
	 * filled field when there is no {@code before}.
	 */
	List<FieldChange> between(OfficeForm before, OfficeForm after, Locale locale) {
		Map<String, String> old = (before != null) ? values(before, locale) : Map.of();
		Map<String, String> now = values(after, locale);
		List<FieldChange> changes = new ArrayList<>();
		now.forEach((field, value) -> {
			String oldValue = old.getOrDefault(field, "");
			if (!Objects.equals(oldValue, value)) {
				changes.add(FieldChange.between(field, oldValue, value));
			}
		});
		return changes;
	}

	private Map<String, String> values(OfficeForm form, Locale locale) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("districtFr", form.getDistrictFr());
		values.put("districtNl", form.getDistrictNl());
		values.put("districtEn", form.getDistrictEn());
		values.put("nameFr", form.getNameFr());
		values.put("nameNl", form.getNameNl());
		values.put("nameEn", form.getNameEn());
		values.put("descriptionFr", form.getDescriptionFr());
		values.put("descriptionNl", form.getDescriptionNl());
		values.put("descriptionEn", form.getDescriptionEn());
		values.put("streetFr", form.getStreetFr());
		values.put("streetNl", form.getStreetNl());
		values.put("number", form.getNumber());
		values.put("postalCode", form.getPostalCode());
		values.put("localityFr", form.getLocalityFr());
		values.put("localityNl", form.getLocalityNl());
		values.put("latitude", form.getLatitude());
		values.put("longitude", form.getLongitude());
		values.put("approximate", yesNo(form.isApproximate(), locale));
		values.put("phones", String.join(", ", form.filledPhones()));
		values.put("email", form.getEmail());
		values.put("website", form.getWebsite());
		values.put("languages", names(form.getLanguages(), (code) -> Office.languageName(code, locale)));
		values.put("accessibility",
				this.messages.getMessage("admin.office.accessibility." + form.getAccessibility(), null, locale));
		values.put("accessibilityNoteFr", form.getAccessibilityNoteFr());
		values.put("accessibilityNoteNl", form.getAccessibilityNoteNl());
		values.put("accessibilityNoteEn", form.getAccessibilityNoteEn());
		Map<Integer, String> areaNames = this.neighbourhoods.all()
			.stream()
			.collect(Collectors.toMap(Neighbourhoods.Neighbourhood::code, (n) -> n.name(locale)));
		values.put("serviceArea", names(form.getServiceArea(), (code) -> areaNames.getOrDefault(code, "" + code)));
		values.put("sessions",
				names(form.getSessions(), (row) -> row.isBlank() ? "" : String.join(" ", dayName(row.getDay(), locale),
						row.getOpens() + "–" + row.getCloses(), label("admin.office.mode.", row.getMode(), locale))));
		values
			.put("exceptions",
					names(form.getExceptions(),
							(row) -> row.isBlank() ? "" : String
								.join(" ", row.getFirstDay() + "–" + row.getLastDay(),
										label("admin.office.exception.kind.", row.getKind(), locale),
										(row.getOpens() != null) ? row.getOpens() + "–" + row.getCloses() : "",
										String.join(" / ",
												nonNull(row.getReasonFr(), row.getReasonNl(), row.getReasonEn())))
								.strip()));
		values.put("notices",
				names(form.getNotices(),
						(row) -> row.isBlank() ? "" : row.getVisibleFrom() + "–" + row.getVisibleUntil() + " "
								+ String.join(" / ", nonNull(row.getTextFr(), row.getTextNl(), row.getTextEn()))));
		values.put("published", yesNo(form.isPublished(), locale));
		values.replaceAll((field, value) -> (value != null) ? value : "");
		return values;
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

	private static <T> String names(List<T> values, Function<T, String> name) {
		return values.stream().map(name).filter((text) -> !text.isEmpty()).collect(Collectors.joining(", "));
	}

}
