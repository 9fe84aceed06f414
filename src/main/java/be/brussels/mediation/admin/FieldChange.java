package be.brussels.mediation.admin;

import java.util.ArrayList;
import java.util.List;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;

/**
 * One field that differs between two states of an office, with its words marked: what was
 * removed in {@code before}, what was added in {@code after}.
 *
 * @param field the field's name in the {@link OfficeForm}, which also names its label
 * @param before the old value, in parts
 * @param after the new value, in parts
 */
record FieldChange(String field, List<Part> before, List<Part> after) {

	/**
	 * The change from one value to another, word by word.
	 */
	static FieldChange between(String field, String oldValue, String newValue) {
		List<String> oldWords = words(oldValue);
		List<String> newWords = words(newValue);
		List<Part> before = new ArrayList<>();
		List<Part> after = new ArrayList<>();
		int oldAt = 0;
		int newAt = 0;
		for (AbstractDelta<String> delta : DiffUtils.diff(oldWords, newWords).getDeltas()) {
			before.add(new Part(String.join("", oldWords.subList(oldAt, delta.getSource().getPosition())), false));
			after.add(new Part(String.join("", newWords.subList(newAt, delta.getTarget().getPosition())), false));
			before.add(new Part(String.join("", delta.getSource().getLines()), true));
			after.add(new Part(String.join("", delta.getTarget().getLines()), true));
			oldAt = delta.getSource().getPosition() + delta.getSource().size();
			newAt = delta.getTarget().getPosition() + delta.getTarget().size();
		}
		before.add(new Part(String.join("", oldWords.subList(oldAt, oldWords.size())), false));
		after.add(new Part(String.join("", newWords.subList(newAt, newWords.size())), false));
		return new FieldChange(field, nonEmpty(before), nonEmpty(after));
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
