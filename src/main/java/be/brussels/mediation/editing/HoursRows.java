package be.brussels.mediation.editing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import be.brussels.mediation.office.LocalizedText;
import be.brussels.mediation.office.Notice;
import be.brussels.mediation.office.OpeningException;
import be.brussels.mediation.office.OpeningSession;

/**
 * The rows of the office form for opening hours, exceptions and notices, as typed: times
 * as {@code 9:00} or {@code 09:00}, days as {@code 2027-03-29} (what date and time fields
 * send).
 */
final class HoursRows {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private static final DateTimeFormatter TYPED_TIME = DateTimeFormatter.ofPattern("H:mm");

	private HoursRows() {
	}

	static Optional<LocalTime> time(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalTime.parse(text.strip(), TYPED_TIME));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	static Optional<LocalDate> date(String text) {
		if (text == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(LocalDate.parse(text.strip()));
		}
		catch (DateTimeParseException ex) {
			return Optional.empty();
		}
	}

	static String text(LocalTime time) {
		return (time != null) ? TIME.format(time) : null;
	}

	static <E extends Enum<E>> Optional<E> choice(Class<E> type, String text) {
		try {
			return (text != null) ? Optional.of(Enum.valueOf(type, text)) : Optional.empty();
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	/**
	 * A weekly session as typed.
	 */
	public static class SessionRow {

		private String day;

		private String opens;

		private String closes;

		private String mode = OpeningSession.Mode.WALK_IN.name();

		static SessionRow of(OpeningSession session) {
			SessionRow row = new SessionRow();
			row.day = session.day().name();
			row.opens = text(session.opens());
			row.closes = text(session.closes());
			row.mode = session.mode().name();
			return row;
		}

		/**
		 * A row with no time typed is left out (its day and mode are lists that always
		 * have a value).
		 */
		boolean isBlank() {
			return this.opens == null && this.closes == null;
		}

		OpeningSession toSession() {
			return new OpeningSession(DayOfWeek.valueOf(this.day), time(this.opens).orElseThrow(),
					time(this.closes).orElseThrow(), OpeningSession.Mode.valueOf(this.mode));
		}

		public String getDay() {
			return this.day;
		}

		public void setDay(String day) {
			this.day = day;
		}

		public String getOpens() {
			return this.opens;
		}

		public void setOpens(String opens) {
			this.opens = opens;
		}

		public String getCloses() {
			return this.closes;
		}

		public void setCloses(String closes) {
			this.closes = closes;
		}

		public String getMode() {
			return this.mode;
		}

		public void setMode(String mode) {
			this.mode = mode;
		}

	}

	/**
	 * Days that differ from the weekly hours, as typed.
	 */
	public static class ExceptionRow {

		private String firstDay;

		private String lastDay;

		private String kind = OpeningException.Kind.CLOSED.name();

		private String opens;

		private String closes;

		private String reasonFr;

		private String reasonNl;

		private String reasonEn;

		static ExceptionRow of(OpeningException exception) {
			ExceptionRow row = new ExceptionRow();
			row.firstDay = exception.firstDay().toString();
			row.lastDay = exception.lastDay().toString();
			row.kind = exception.kind().name();
			row.opens = text(exception.opens());
			row.closes = text(exception.closes());
			if (exception.reason() != null) {
				row.reasonFr = exception.reason().fr();
				row.reasonNl = exception.reason().nl();
				row.reasonEn = exception.reason().en();
			}
			return row;
		}

		boolean isBlank() {
			return this.firstDay == null && this.lastDay == null && this.opens == null && this.closes == null
					&& this.reasonFr == null && this.reasonNl == null && this.reasonEn == null;
		}

		OpeningException toException() {
			OpeningException.Kind kind = OpeningException.Kind.valueOf(this.kind);
			boolean hours = kind == OpeningException.Kind.HOURS;
			return new OpeningException(date(this.firstDay).orElseThrow(), date(this.lastDay).orElseThrow(), kind,
					hours ? time(this.opens).orElseThrow() : null, hours ? time(this.closes).orElseThrow() : null,
					new LocalizedText(this.reasonFr, this.reasonNl, this.reasonEn));
		}

		public String getFirstDay() {
			return this.firstDay;
		}

		public void setFirstDay(String firstDay) {
			this.firstDay = firstDay;
		}

		public String getLastDay() {
			return this.lastDay;
		}

		public void setLastDay(String lastDay) {
			this.lastDay = lastDay;
		}

		public String getKind() {
			return this.kind;
		}

		public void setKind(String kind) {
			this.kind = kind;
		}

		public String getOpens() {
			return this.opens;
		}

		public void setOpens(String opens) {
			this.opens = opens;
		}

		public String getCloses() {
			return this.closes;
		}

		public void setCloses(String closes) {
			this.closes = closes;
		}

		public String getReasonFr() {
			return this.reasonFr;
		}

		public void setReasonFr(String reasonFr) {
			this.reasonFr = reasonFr;
		}

		public String getReasonNl() {
			return this.reasonNl;
		}

		public void setReasonNl(String reasonNl) {
			this.reasonNl = reasonNl;
		}

		public String getReasonEn() {
			return this.reasonEn;
		}

		public void setReasonEn(String reasonEn) {
			this.reasonEn = reasonEn;
		}

	}

	/**
	 * A dated notice as typed.
	 */
	public static class NoticeRow {

		private String visibleFrom;

		private String visibleUntil;

		private String textFr;

		private String textNl;

		private String textEn;

		static NoticeRow of(Notice notice) {
			NoticeRow row = new NoticeRow();
			row.visibleFrom = notice.visibleFrom().toString();
			row.visibleUntil = notice.visibleUntil().toString();
			row.textFr = notice.text().fr();
			row.textNl = notice.text().nl();
			row.textEn = notice.text().en();
			return row;
		}

		boolean isBlank() {
			return this.visibleFrom == null && this.visibleUntil == null && this.textFr == null && this.textNl == null
					&& this.textEn == null;
		}

		Notice toNotice() {
			return new Notice(date(this.visibleFrom).orElseThrow(), date(this.visibleUntil).orElseThrow(),
					new LocalizedText(this.textFr, this.textNl, this.textEn));
		}

		public String getVisibleFrom() {
			return this.visibleFrom;
		}

		public void setVisibleFrom(String visibleFrom) {
			this.visibleFrom = visibleFrom;
		}

		public String getVisibleUntil() {
			return this.visibleUntil;
		}

		public void setVisibleUntil(String visibleUntil) {
			this.visibleUntil = visibleUntil;
		}

		public String getTextFr() {
			return this.textFr;
		}

		public void setTextFr(String textFr) {
			this.textFr = textFr;
		}

		public String getTextNl() {
			return this.textNl;
		}

		public void setTextNl(String textNl) {
			this.textNl = textNl;
		}

		public String getTextEn() {
			return this.textEn;
		}

		public void setTextEn(String textEn) {
			this.textEn = textEn;
		}

	}

}
