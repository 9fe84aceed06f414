package be.brussels.mediation.editing;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * One field that differs between two states of an office, with what changed marked: what
 * was removed in {@code before}, what was added in {@code after}. Prose changes word by
 * word; other values (a phone number, an e-mail address, a time, a date, an opening)
 * change whole.
 *
 * @param field the field's name in the {@link OfficeForm}, which also names its label
 * @param before the old value, in parts
 * @param after the new value, in parts
 */
record FieldChange(String field, List<Part> before, List<Part> after) {

	/**
	 * The change from one text to another, word by word.
	 */
	static FieldChange inWords(String field, String oldValue, String newValue) {
		return between(field, words(oldValue), words(newValue));
	}

	/**
	 * The change from one list of values to another (each shown as a whole, with commas
	 * between them), value by value.
	 */
	static FieldChange inValues(String field, List<String> oldValues, List<String> newValues) {
		return between(field, separated(oldValues), separated(newValues));
	}

	private static FieldChange between(String field, List<String> oldTokens, List<String> newTokens) {
		List<Part> before = new ArrayList<>();
		List<Part> after = new ArrayList<>();
		int oldAt = 0;
		int newAt = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(oldTokens, newTokens).getDeltas()) {
			before.add(new Part(String.join("", oldTokens.subList(oldAt, delta.getSource().getPosition())), false));
			after.add(new Part(String.join("", newTokens.subList(newAt, delta.getTarget().getPosition())), false));
			before.add(new Part(String.join("", delta.getSource().getLines()), true));
			after.add(new Part(String.join("", delta.getTarget().getLines()), true));
			oldAt = delta.getSource().getPosition() + delta.getSource().size();
			newAt = delta.getTarget().getPosition() + delta.getTarget().size();
		}
		before.add(new Part(String.join("", oldTokens.subList(oldAt, oldTokens.size())), false));
		after.add(new Part(String.join("", newTokens.subList(newAt, newTokens.size())), false));
		return new FieldChange(field, nonEmpty(before), nonEmpty(after));
	}

	/**
	 * The values with a comma between each two, so that joining them gives the list as
	 * shown.
	 */
	private static List<String> separated(List<String> values) {
		List<String> tokens = new ArrayList<>();
		for (String value : values) {
			if (!tokens.isEmpty()) {
				tokens.add(", ");
			}
			tokens.add(value);
		}
		return tokens;
	}

	/**
	 * Words and the spaces between them, so that joining the parts gives back the text.
	 */
	private static List<String> words(String value) {
		return (value == null || value.isEmpty()) ? List.of() : List.of(value.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)"));
	}

	private static List<Part> nonEmpty(List<Part> parts) {
		return parts.stream().filter((part) -> !part.text().isEmpty()).toList();
	}

	/**
	 * Some text of a value, marked when it changed.
	 */
	record Part(String text, boolean changed) {
	}

}
