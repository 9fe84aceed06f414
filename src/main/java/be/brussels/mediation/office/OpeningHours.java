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

import org.springframework.stereotype.Component;

/**
 * When an office is open, in Brussels time: the weekly sessions, less public holidays and
 * the City's closure days, with the office's own exceptions on top. All of it computed on
 * the server from the injected {@link Clock}, so that tests can set the time.
 */
@Component
public class OpeningHours {

	/**
	 * How far ahead the next opening is looked for.
	 */
	private static final int DAYS_AHEAD = 28;

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
			Optional<LocalizedText> holiday = this.holidays.on(date);
			if (holiday.isPresent()) {
				return new Day(date, List.of(), holiday.get(), true);
			}
		}
		return new Day(date, weekly(office, date.getDayOfWeek()), null, false);
	}

	/**
	 * Whether the office is open now and, if not, when it opens.
	 */
	public Status status(Office office) {
		if (office.getSessions().isEmpty()) {
			return new Status(Status.Kind.NOT_PUBLISHED, null, null, null);
		}
		LocalDateTime now = LocalDateTime.now(this.clock);
		Day today = on(office, now.toLocalDate());
		LocalTime time = now.toLocalTime();
		for (OpeningSession session : today.sessions()) {
			if (!time.isBefore(session.opens()) && time.isBefore(session.closes())) {
				Status.Kind kind = (session.mode() == OpeningSession.Mode.APPOINTMENT) ? Status.Kind.OPEN_BY_APPOINTMENT
						: Status.Kind.OPEN;
				return new Status(kind, session.closes(), null, null);
			}
		}
		Optional<LocalDateTime> next = nextOpening(office, now);
		if (today.isClosedAllDay() && today.reason() != null) {
			return new Status(Status.Kind.CLOSED_TODAY, next.map(LocalDateTime::toLocalTime).orElse(null),
					next.map(LocalDateTime::toLocalDate).orElse(null), today);
		}
		return next.map((opening) -> new Status(Status.Kind.CLOSED, opening.toLocalTime(), opening.toLocalDate(), null))
			.orElse(new Status(Status.Kind.CLOSED, null, null, null));
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
	 * The days ahead, from today, on which the office does not open as usual: public
	 * holidays, closures and other hours.
	 */
	public List<Day> coming(Office office, int days) {
		if (office.getSessions().isEmpty()) {
			return List.of();
		}
		List<Day> unusual = new ArrayList<>();
		LocalDate today = today();
		for (LocalDate date = today; date.isBefore(today.plusDays(days)); date = date.plusDays(1)) {
			Day day = on(office, date);
			if (day.reason() != null && !day.sessions().equals(weekly(office, date.getDayOfWeek()))) {
				unusual.add(day);
			}
		}
		return unusual;
	}

	private Optional<LocalDateTime> nextOpening(Office office, LocalDateTime now) {
		for (int ahead = 0; ahead <= DAYS_AHEAD; ahead++) {
			LocalDate date = now.toLocalDate().plusDays(ahead);
			Optional<LocalTime> opens = on(office, date).sessions()
				.stream()
				.map(OpeningSession::opens)
				.filter((time) -> date.isAfter(now.toLocalDate()) || time.isAfter(now.toLocalTime()))
				.min(Comparator.naturalOrder());
			if (opens.isPresent()) {
				return Optional.of(date.atTime(opens.get()));
			}
		}
		return Optional.empty();
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
	 * @param holiday whether the reason is a public holiday or a City closure day
	 */
	public record Day(LocalDate date, List<OpeningSession> sessions, LocalizedText reason, boolean holiday) {

		public boolean isClosedAllDay() {
			return this.sessions.isEmpty();
		}

	}

	/**
	 * Whether an office is open, as the office page says it.
	 *
	 * @param kind which sentence to say
	 * @param time until when it is open, or when it opens next
	 * @param date the day it opens next, if not today
	 * @param today today, when the office is closed all day
	 */
	public record Status(Kind kind, LocalTime time, LocalDate date, Day today) {

		/**
		 * The sentences.
		 */
		public enum Kind {

			NOT_PUBLISHED, OPEN, OPEN_BY_APPOINTMENT, CLOSED, CLOSED_TODAY

		}

	}

}
