package be.brussels.mediation.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DateTextTests {

	private static final Locale DUTCH = Locale.forLanguageTag("nl");

	@Test
	void theFirstOfTheMonthIsPremierInFrenchOnly() {
		LocalDate newYear = LocalDate.of(2027, 1, 1);
		assertThat(DateText.day(newYear, Locale.FRENCH)).isEqualTo("1er janvier 2027");
		assertThat(DateText.weekdayAndDay(newYear, Locale.FRENCH)).isEqualTo("vendredi 1er janvier");
		assertThat(DateText.dayAndMonth(LocalDate.of(2027, 1, 2), Locale.FRENCH)).isEqualTo("2 janvier");
		assertThat(DateText.day(newYear, DUTCH)).isEqualTo("1 januari 2027");
		assertThat(DateText.weekdayAndDay(newYear, Locale.ENGLISH)).isEqualTo("Friday 1 January");
	}

	@Test
	void aMomentIsToldInBrusselsTimeInThePagesLanguage() {
		Instant summer = Instant.parse("2027-07-01T07:05:00Z");
		assertThat(DateText.dayAndTime(summer, Locale.FRENCH)).isEqualTo("1er juillet 2027, 9\u00a0h\u00a005");
		assertThat(DateText.dayAndTime(summer, DUTCH)).isEqualTo("1 juli 2027, 9:05");
		assertThat(DateText.dayAndTime(Instant.parse("2026-12-31T23:30:00Z"), Locale.ENGLISH))
			.isEqualTo("1 January 2027, 0:30");
	}

	@Test
	void frenchTimesAreWrittenWithHAndNeverSplitAcrossLines() {
		assertThat(DateText.time(LocalTime.of(9, 0), Locale.FRENCH)).isEqualTo("9\u00a0h");
		assertThat(DateText.time(LocalTime.of(13, 30), Locale.FRENCH)).isEqualTo("13\u00a0h\u00a030");
		assertThat(DateText.time(LocalTime.of(9, 5), Locale.FRENCH)).isEqualTo("9\u00a0h\u00a005");
		assertThat(DateText.time(LocalTime.of(13, 30), DUTCH)).isEqualTo("13:30");
		assertThat(DateText.time(LocalTime.of(9, 0), Locale.ENGLISH)).isEqualTo("9:00");
	}

}
