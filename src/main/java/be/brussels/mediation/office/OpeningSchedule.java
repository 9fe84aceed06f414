package be.brussels.mediation.office;

import java.util.ArrayList;
import java.util.List;

/**
 * The rules an office's hours keep, whoever changes them (the staff's form, a restored
 * revision, a script): an opening closes after it opens and overlaps no other opening of
 * its day; a closure or change of hours ends on or after its first day and overlaps no
 * other, and changed hours close after they open; a notice is shown until a day on or
 * after its first. The office refuses hours that break them; the staff's form names the
 * field of each row that does.
 */
public final class OpeningSchedule {

	private OpeningSchedule() {
	}

	/**
	 * The weekly openings' rows that break a rule, in row order.
	 */
	public static List<Violation> ofSessions(List<OpeningSession> sessions) {
		List<Violation> found = new ArrayList<>();
		List<OpeningSession> kept = new ArrayList<>();
		for (int row = 0; row < sessions.size(); row++) {
			OpeningSession session = sessions.get(row);
			if (!session.closes().isAfter(session.opens())) {
				found.add(new Violation(row, Rule.CLOSES_AFTER_OPENS));
			}
			else if (kept.stream().anyMatch((other) -> overlap(session, other))) {
				found.add(new Violation(row, Rule.NO_OVERLAP));
			}
			else {
				kept.add(session);
			}
		}
		return found;
	}

	/**
	 * The closures' and changes' rows that break a rule, in row order.
	 */
	public static List<Violation> ofExceptions(List<OpeningException> exceptions) {
		List<Violation> found = new ArrayList<>();
		List<OpeningException> kept = new ArrayList<>();
		for (int row = 0; row < exceptions.size(); row++) {
			OpeningException exception = exceptions.get(row);
			if (exception.lastDay().isBefore(exception.firstDay())) {
				found.add(new Violation(row, Rule.DAYS_IN_ORDER));
			}
			else if (kept.stream().anyMatch((other) -> overlap(exception, other))) {
				found.add(new Violation(row, Rule.NO_OVERLAP));
			}
			else {
				kept.add(exception);
			}
			if (exception.kind() == OpeningException.Kind.HOURS && (exception.opens() == null
					|| exception.closes() == null || !exception.closes().isAfter(exception.opens()))) {
				found.add(new Violation(row, Rule.CLOSES_AFTER_OPENS));
			}
		}
		return found;
	}

	/**
	 * The notices' rows that break a rule, in row order.
	 */
	public static List<Violation> ofNotices(List<Notice> notices) {
		List<Violation> found = new ArrayList<>();
		for (int row = 0; row < notices.size(); row++) {
			if (notices.get(row).visibleUntil().isBefore(notices.get(row).visibleFrom())) {
				found.add(new Violation(row, Rule.DAYS_IN_ORDER));
			}
		}
		return found;
	}

	/**
	 * The rows, if they break no rule.
	 * @throws IllegalArgumentException naming the rows and rules broken
	 */
	static <T> List<T> obeyed(String rows, List<T> given, List<Violation> violations) {
		if (!violations.isEmpty()) {
			throw new IllegalArgumentException("The " + rows + " break the rules of opening hours: " + violations);
		}
		return given;
	}

	private static boolean overlap(OpeningSession one, OpeningSession other) {
		return one.day() == other.day() && one.opens().isBefore(other.closes()) && other.opens().isBefore(one.closes());
	}

	private static boolean overlap(OpeningException one, OpeningException other) {
		return !one.firstDay().isAfter(other.lastDay()) && !other.firstDay().isAfter(one.lastDay());
	}

	/**
	 * A rule of opening hours.
	 */
	public enum Rule {

		/** An opening, or changed hours, closes after it opens. */
		CLOSES_AFTER_OPENS,

		/** No two openings of a day, nor two closures or changes, overlap. */
		NO_OVERLAP,

		/** A period ends on or after its first day. */
		DAYS_IN_ORDER

	}

	/**
	 * A row that breaks a rule.
	 *
	 * @param row the row's place in its list, from 0
	 * @param rule the rule it breaks
	 */
	public record Violation(int row, Rule rule) {
	}

}
