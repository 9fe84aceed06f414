package be.brussels.mediation.editing;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
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
import java.util.function.Function;
import java.util.stream.Collectors;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.web.DateText;
import com.fasterxml.jackson.annotation.JsonIgnore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Compares two states of an office's content field by field, as staff read them: every
 * field of the {@link OfficeForm}, in its order, labelled by its name; phone numbers as
 * dialled, languages and neighbourhoods by name, choices by their label, dates and times
 * in the page's language. A field needs no code here unless it is shown otherwise than as
 * typed.
 */
@Component
class OfficeChanges {

	/**
	 * The content's fields (those a revision keeps), in the order of the form.
	 */
	private static final List<Field> FIELDS = Arrays.stream(OfficeForm.class.getDeclaredFields())
		.filter((field) -> !Modifier.isStatic(field.getModifiers()))
		.filter((field) -> !field.isAnnotationPresent(JsonIgnore.class))
		.toList();

	/**
	 * The fields written in words ({@link Prose}), compared word by word; every other
	 * field's values are compared whole.
	 */
	private static final Set<String> PROSE = FIELDS.stream()
		.filter((field) -> field.isAnnotationPresent(Prose.class))
		.map(Field::getName)
		.collect(Collectors.toUnmodifiableSet());

	private final MessageSource messages;

	private final Neighbourhoods neighbourhoods;

	private final JsonMapper json;

	OfficeChanges(MessageSource messages, Neighbourhoods neighbourhoods, JsonMapper json) {
		this.messages = messages;
		this.neighbourhoods = neighbourhoods;
		this.json = json;
	}

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
		Map<String, Function<OfficeForm, List<String>>> shown = shownOtherwise(locale);
		ObjectNode content = this.json.valueToTree(form);
		Map<String, List<String>> values = new LinkedHashMap<>();
		FIELDS.stream().map(Field::getName).forEach((field) -> {
			Function<OfficeForm, List<String>> show = shown.get(field);
			values.put(field, (show != null) ? show.apply(form) : asTyped(content.path(field), locale));
		});
		return values;
	}

	/**
	 * A value as it was typed: a text, each text of a list, yes or no.
	 */
	private List<String> asTyped(JsonNode value, Locale locale) {
		if (value.isBoolean()) {
			return List.of(yesNo(value.booleanValue(), locale));
		}
		if (value.isArray()) {
			List<String> texts = new ArrayList<>();
			value.forEach((item) -> texts.add(item.asString()));
			return texts.stream().filter((text) -> !text.isEmpty()).toList();
		}
		return (value.isMissingNode() || value.isNull() || value.asString().isEmpty()) ? List.of()
				: List.of(value.asString());
	}

	/**
	 * The fields shown otherwise than as typed.
	 */
	private Map<String, Function<OfficeForm, List<String>>> shownOtherwise(Locale locale) {
		Map<Integer, String> areaNames = this.neighbourhoods.all()
			.stream()
			.collect(Collectors.toMap(Neighbourhoods.Neighbourhood::code, (n) -> n.name(locale)));
		Function<String, String> time = (text) -> DateText.time(LocalTime.parse(text), locale);
		return Map.of("phones", OfficeForm::filledPhones,
				// Sets: in name order, whatever order the form sent them in.
				"languages", (form) -> names(form.getLanguages(), (code) -> Office.languageName(code, locale)).stream()
					.sorted()
					.toList(),
				"serviceArea",
				(form) -> names(form.getServiceArea(), (code) -> areaNames.getOrDefault(code, "" + code)).stream()
					.sorted()
					.toList(),
				"accessibility",
				(form) -> List.of(this.messages.getMessage("admin.office.accessibility." + form.getAccessibility(),
						null, locale)),
				"sessions",
				(form) -> names(form.getSessions(), (row) -> row.isBlank() ? ""
						: String.join(" ", dayName(row.getDay(), locale), period(row.getOpens(), row.getCloses(), time),
								label("admin.office.mode.", row.getMode(), locale))),
				"exceptions",
				(form) -> names(form.getExceptions(), (row) -> row.isBlank() ? ""
						: String
							.join(" ", days(row.getFirstDay(), row.getLastDay(), locale),
									label("admin.office.exception.kind.", row.getKind(), locale),
									(row.getOpens() != null) ? period(row.getOpens(), row.getCloses(), time) : "",
									String.join(" / ",
											nonNull(row.getReasonFr(), row.getReasonNl(), row.getReasonEn())))
							.strip()),
				"notices",
				(form) -> names(form.getNotices(),
						(row) -> row.isBlank() ? "" : days(row.getVisibleFrom(), row.getVisibleUntil(), locale) + " "
								+ String.join(" / ", nonNull(row.getTextFr(), row.getTextNl(), row.getTextEn()))));
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
