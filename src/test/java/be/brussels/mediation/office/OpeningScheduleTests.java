package be.brussels.mediation.office;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules of opening hours hold however an office is changed, not only through the
 * staff's form.
 */
class OpeningScheduleTests {

	private static final LocalizedText REASON = new LocalizedText("travaux", "werken", null);

	private static OpeningSession tuesday(String opens, String closes) {
		return new OpeningSession(DayOfWeek.TUESDAY, LocalTime.parse(opens), LocalTime.parse(closes),
				OpeningSession.Mode.WALK_IN);
	}

	private static OpeningException closed(String first, String last) {
		return new OpeningException(LocalDate.parse(first), LocalDate.parse(last), OpeningException.Kind.CLOSED, null,
				null, REASON);
	}

	@Test
	void anOfficeRefusesOpeningsThatCloseBeforeTheyOpenOrOverlapAndKeepsWhatItHad() {
		Office office = new Office("test");
		office.setSessions(List.of(tuesday("09:00", "12:00"), tuesday("12:00", "16:00")));
		assertThatIllegalArgumentException().isThrownBy(() -> office.setSessions(List.of(tuesday("12:00", "09:00"))))
			.withMessageContaining("CLOSES_AFTER_OPENS");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> office.setSessions(List.of(tuesday("09:00", "12:00"), tuesday("11:00", "14:00"))))
			.withMessageContaining("NO_OVERLAP");
		assertThat(office.getSessions()).containsExactly(tuesday("09:00", "12:00"), tuesday("12:00", "16:00"));
		assertThatThrownBy(() -> office.getSessions().add(tuesday("17:00", "18:00")))
			.isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	void anOfficeRefusesClosuresOutOfOrderOverlappingOrWithChangedHoursThatMakeNoSense() {
		Office office = new Office("test");
		office.setExceptions(List.of(closed("2026-12-24", "2026-12-26"), closed("2026-12-27", "2026-12-31")));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> office.setExceptions(List.of(closed("2026-12-26", "2026-12-24"))))
			.withMessageContaining("DAYS_IN_ORDER");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> office
				.setExceptions(List.of(closed("2026-12-24", "2026-12-26"), closed("2026-12-26", "2026-12-28"))))
			.withMessageContaining("NO_OVERLAP");
		OpeningException backwards = new OpeningException(LocalDate.parse("2027-01-04"), LocalDate.parse("2027-01-04"),
				OpeningException.Kind.HOURS, LocalTime.parse("14:00"), LocalTime.parse("10:00"), REASON);
		OpeningException withoutHours = new OpeningException(LocalDate.parse("2027-01-05"),
				LocalDate.parse("2027-01-05"), OpeningException.Kind.HOURS, null, null, REASON);
		assertThat(OpeningSchedule.ofExceptions(List.of(backwards, withoutHours))).containsExactly(
				new OpeningSchedule.Violation(0, OpeningSchedule.Rule.CLOSES_AFTER_OPENS),
				new OpeningSchedule.Violation(1, OpeningSchedule.Rule.CLOSES_AFTER_OPENS));
		assertThat(office.getExceptions()).hasSize(2);
	}

	@Test
	void anOfficeRefusesANoticeShownUntilADayBeforeItsFirst() {
		Office office = new Office("test");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> office
				.setNotices(List.of(new Notice(LocalDate.parse("2027-02-01"), LocalDate.parse("2027-01-31"), REASON))))
			.withMessageContaining("DAYS_IN_ORDER");
		assertThat(office.getNotices()).isEmpty();
	}

}
