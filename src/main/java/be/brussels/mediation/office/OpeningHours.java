package be.brussels.mediation.office;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

import org.springframework.stereotype.Component;

/**
 * When an office is open, in Brussels time: the weekly sessions, less public holidays and
 * the City's closure days, with the office's own exceptions on top. All of it computed on
 * the server from the injected {@link Clock}, so that tests can set the time.
 */
@Component
public class OpeningHours {

	/**
	 * How far ahead the next opening is looked for: a closure for works may last months.
	 */
	private static final int DAYS_AHEAD = 366;

	private final Clock clock;

	private final PublicHolidays holidays;

	OpeningHours(Clock clock, PublicHolidays holidays) {
		this.clock = clock;
		this.holidays = holidays;
	}

	public LocalDate today() {
		return LocalDate.now(this.clock);
	}

	/**
	 * What the office's hours are on a day.
	 */
	public Day on(Office office, LocalDate date) {
		Optional<OpeningException> exception = office.getExceptions()
			.stream()
			.filter((candidate) -> candidate.covers(date))
			.findFirst();
		if (exception.isPresent() && exception.get().kind() == OpeningException.Kind.CLOSED) {
			return new Day(date, List.of(), exception.get().reason(), false);
		}
		if (exception.isPresent() && exception.get().kind() == OpeningException.Kind.HOURS) {
			OpeningException hours = exception.get();
			return new Day(date, List.of(new OpeningSession(date.getDayOfWeek(), hours.opens(), hours.closes(),
					modeOn(office, date.getDayOfWeek()))), hours.reason(), false);
		}
		if (exception.isEmpty()) {
			Optional<PublicHolidays.ClosureDay> closure = this.holidays.on(date);
			if (closure.isPresent()) {
				return new Day(date, List.of(), closure.get().name(), closure.get().publicHoliday());
			}
		}
		return new Day(date, weekly(office, date.getDayOfWeek()), null, false);
	}

	/**
	 * Whether the office is open now and, if not, when it opens.
	 */
	public Status status(Office office) {
		if (office.getSessions().isEmpty()) {
			return new Status(Status.Kind.NOT_PUBLISHED, null, null, null, null);
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		Day today = on(office, now.toLocalDate());
		LocalTime time = now.toLocalTime();
		for (OpeningSession session : today.sessions()) {
			if (!time.isBefore(session.opens()) && time.isBefore(session.closes())) {
				Status.Kind kind = (session.mode() == OpeningSession.Mode.APPOINTMENT) ? Status.Kind.OPEN_BY_APPOINTMENT
						: Status.Kind.OPEN;
				return new Status(kind, until(today.sessions(), session), null, null, session.mode());
			}
		}
		Optional<LocalDateTime> next = Optional.empty();
		OpeningSession.Mode mode = null;
		for (int ahead = 0; ahead <= DAYS_AHEAD && next.isEmpty(); ahead++) {
			LocalDate date = now.toLocalDate().plusDays(ahead);
			Optional<OpeningSession> opening = on(office, date).sessions()
				.stream()
				.filter((session) -> date.isAfter(now.toLocalDate()) || session.opens().isAfter(time))
				.findFirst();
			next = opening.map((session) -> date.atTime(session.opens()));
			mode = opening.map(OpeningSession::mode).orElse(null);
		}
		LocalTime opens = next.map(LocalDateTime::toLocalTime).orElse(null);
		LocalDate on = next.map(LocalDateTime::toLocalDate).orElse(null);
		if (today.isClosedAllDay() && today.reason() != null) {
			return new Status(Status.Kind.CLOSED_TODAY, opens, on, today, mode);
		}
		return new Status(Status.Kind.CLOSED, opens, on, null, mode);
	}

	/**
	 * When the office closes after a session: later than the session itself when the next
	 * one, the same way of coming, starts as it ends.
	 */
	private static LocalTime until(List<OpeningSession> sessions, OpeningSession current) {
		LocalTime closes = current.closes();
		for (OpeningSession session : sessions) {
			if (session.mode() == current.mode() && !session.opens().isAfter(closes)
					&& session.closes().isAfter(closes)) {
				closes = session.closes();
			}
		}
		return closes;
	}

	/**
	 * The week from Monday to Sunday, as the office usually opens.
	 */
	public Map<DayOfWeek, List<OpeningSession>> usualWeek(Office office) {
		Map<DayOfWeek, List<OpeningSession>> week = new EnumMap<>(DayOfWeek.class);
		for (DayOfWeek day : DayOfWeek.values()) {
			week.put(day, weekly(office, day));
		}
		return week;
	}

	/**
	 * The days ahead, from today, on which the office does not open as usual (public
	 * holidays, closures and other hours), as periods: days in a row with the same reason
	 * and hours, a closure going on over days the office is closed anyway. A period that
	 * starts within the given days is followed to its end, up to a year.
	 */
	public List<Period> coming(Office office, int days) {
		if (office.getSessions().isEmpty()) {
			return List.of();
		}
		List<Period> periods = new ArrayList<>();
		Period current = null;
		LocalDate today = today();
		LocalDate end = today.plusDays(days);
		for (LocalDate date = today; date.isBefore(today.plusDays(DAYS_AHEAD)); date = date.plusDays(1)) {
			Day day = on(office, date);
			boolean unusual = day.reason() != null && !sameHours(day.sessions(), weekly(office, date.getDayOfWeek()));
			if (unusual && current != null && current.reason().equals(day.reason())
					&& sameHours(current.sessions(), day.sessions())) {
				current = new Period(current.first(), date, current.sessions(), current.reason());
				periods.set(periods.size() - 1, current);
			}
			else if (!unusual && current != null && current.isClosedAllDay() && day.isClosedAllDay()) {
				continue;
			}
			else if (!date.isBefore(end)) {
				break;
			}
			else if (unusual) {
				current = new Period(date, date, day.sessions(), day.reason());
				periods.add(current);
			}
			else {
				current = null;
			}
		}
		return periods;
	}

	private static boolean sameHours(List<OpeningSession> some, List<OpeningSession> others) {
		return some.size() == others.size() && IntStream.range(0, some.size())
			.allMatch((i) -> some.get(i).opens().equals(others.get(i).opens())
					&& some.get(i).closes().equals(others.get(i).closes())
					&& some.get(i).mode() == others.get(i).mode());
	}

	private static List<OpeningSession> weekly(Office office, DayOfWeek day) {
		return office.getSessions()
			.stream()
			.filter((session) -> session.day() == day)
			.sorted(Comparator.comparing(OpeningSession::opens))
			.toList();
	}

	private static OpeningSession.Mode modeOn(Office office, DayOfWeek day) {
		return weekly(office, day).stream().map(OpeningSession::mode).findFirst().orElse(OpeningSession.Mode.WALK_IN);
	}

	/**
	 * The hours of one day: its sessions (none when closed) and, when the day differs
	 * from the usual week, why.
	 *
	 * @param date the day
	 * @param sessions the sessions, in order
	 * @param reason why the day is not as usual, or {@code null}
	 * @param holiday whether the reason is a public holiday (not a City closure day)
	 */
	public record Day(LocalDate date, List<OpeningSession> sessions, LocalizedText reason, boolean holiday) {

		public boolean isClosedAllDay() {
			return this.sessions.isEmpty();
		}

	}

	/**
	 * Days that differ from the usual week in the same way.
	 *
	 * @param first the first day
	 * @param last the last day, the same as the first for one day
	 * @param sessions the sessions of each day, in order; none when closed
	 * @param reason why
	 */
	public record Period(LocalDate first, LocalDate last, List<OpeningSession> sessions, LocalizedText reason) {

		public boolean isClosedAllDay() {
			return this.sessions.isEmpty();
		}

	}

	/**
	 * Whether an office is open, as the office page says it.
	 *
	 * @param kind which sentence to say
	 * @param time until when it is open, or when it opens next
	 * @param date the day it opens next
	 * @param today today, when the office is closed all day
	 * @param mode how residents come now, or when it opens next
	 */
	public record Status(Kind kind, LocalTime time, LocalDate date, Day today, OpeningSession.Mode mode) {

		/**
		 * The sentences.
		 */
		public enum Kind {

			NOT_PUBLISHED, OPEN, OPEN_BY_APPOINTMENT, CLOSED, CLOSED_TODAY

		}

	}

}
