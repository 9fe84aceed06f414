package be.brussels.mediation.web;

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
	void frenchTimesAreWrittenWithHAndNeverSplitAcrossLines() {
		assertThat(DateText.time(LocalTime.of(9, 0), Locale.FRENCH)).isEqualTo("9\u00a0h");
		assertThat(DateText.time(LocalTime.of(13, 30), Locale.FRENCH)).isEqualTo("13\u00a0h\u00a030");
		assertThat(DateText.time(LocalTime.of(9, 5), Locale.FRENCH)).isEqualTo("9\u00a0h\u00a005");
		assertThat(DateText.time(LocalTime.of(13, 30), DUTCH)).isEqualTo("13:30");
		assertThat(DateText.time(LocalTime.of(9, 0), Locale.ENGLISH)).isEqualTo("9:00");
	}

}
