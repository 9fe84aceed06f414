package be.brussels.mediation.editing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Someone else saved the office after this form was opened: the save is refused, and the
 * 409 page shows their change beside this one, keeping what was typed.
 */
class OfficeConflictException extends RuntimeException {

	private final transient OfficeForm yours;

	private final transient List<FieldChange> theirChanges;

	private final transient List<FieldChange> yourChanges;

	private final transient OfficeRevision latest;

	OfficeConflictException(OfficeForm yours, List<FieldChange> theirChanges, List<FieldChange> yourChanges,
			OfficeRevision latest) {
		super("The office changed since the form was opened");
		this.yours = yours;
		this.theirChanges = theirChanges;
		this.yourChanges = yourChanges;
		this.latest = latest;
	}

	/**
	 * What was typed, now based on the current version so that saving it again applies
	 * it.
	 */
	public OfficeForm yours() {
		return this.yours;
	}

	/**
	 * Each field that they or you changed, with their value and yours; a value is
	 * {@code null} where that side left the field as it was.
	 */
	public List<Row> rows() {
		Map<String, Row> rows = new LinkedHashMap<>();
		this.theirChanges.forEach((change) -> rows.put(change.field(), new Row(change.field(), change.after(), null)));
		this.yourChanges.forEach((change) -> rows.merge(change.field(), new Row(change.field(), null, change.after()),
				(theirs, yours) -> new Row(theirs.field(), theirs.theirs(), yours.yours())));
		return List.copyOf(rows.values());
	}

	/**
	 * The last revision saved, to say who saved it and when.
	 */
	public OfficeRevision latest() {
		return this.latest;
	}

	/**
	 * One field of the comparison.
	 */
	record Row(String field, List<FieldChange.Part> theirs, List<FieldChange.Part> yours) {
	}

}
