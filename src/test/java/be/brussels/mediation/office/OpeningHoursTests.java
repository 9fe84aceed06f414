package be.brussels.mediation.office;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.brussels.mediation.TestClock;
import be.brussels.mediation.web.SiteMessages;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Opening hours said at fixed moments in Brussels: split sessions, midnight, the clock
 * changes, public holidays and the staff's exceptions.
 */
class OpeningHoursTests {

	static final Locale DUTCH = Locale.forLanguageTag("nl");

	final TestClock clock = new TestClock();

	final SiteMessages messages = new SiteMessages();

	final OpeningHours hours = new OpeningHours(this.clock, new PublicHolidays("", this.messages));

	final OpeningHoursText text = new OpeningHoursText(this.messages, this.hours);

	/**
	 * Marolles as in the issue: Monday to Friday, 9:00 to 12:00 and 13:30 to 16:30.
	 */
	static Office marolles() {
		Office office = new Office("marolles");
		List<OpeningSession> sessions = new ArrayList<>();
		for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY,
				DayOfWeek.FRIDAY)) {
			sessions.add(session(day, "09:00", "12:00", OpeningSession.Mode.WALK_IN));
			sessions.add(session(day, "13:30", "16:30", OpeningSession.Mode.WALK_IN));
		}
		office.setSessions(sessions);
		return office;
	}

	static OpeningSession session(DayOfWeek day, String opens, String closes, OpeningSession.Mode mode) {
		return new OpeningSession(day, LocalTime.parse(opens), LocalTime.parse(closes), mode);
	}

	private String statusAt(Office office, String brusselsTime, Locale locale) {
		this.clock.set(LocalDateTime.parse(brusselsTime));
		return this.text.status(office, locale).text();
	}

	@Test
	void isOpenUntilNoonAtTenOnATuesdayInEveryLanguage() {
		assertThat(statusAt(marolles(), "2026-11-24T10:00", Locale.ENGLISH)).isEqualTo("Open now, until 12:00.");
		assertThat(statusAt(marolles(), "2026-11-24T10:00", Locale.FRENCH))
			.isEqualTo("Ouvert maintenant, jusqu'à 12\u00a0h.");
		assertThat(statusAt(marolles(), "2026-11-24T10:00", DUTCH)).isEqualTo("Nu open, tot 12:00.");
	}

	@Test
	void betweenSplitSessionsSaysWhenItOpensAgain() {
		assertThat(statusAt(marolles(), "2026-11-24T12:30", Locale.ENGLISH)).isEqualTo("Closed, opens at 13:30.");
		assertThat(statusAt(marolles(), "2026-11-24T12:30", Locale.FRENCH))
			.isEqualTo("Fermé, ouvre à 13\u00a0h\u00a030.");
		assertThat(statusAt(marolles(), "2026-11-24T12:30", DUTCH)).isEqualTo("Gesloten, opent om 13:30.");
		assertThat(statusAt(marolles(), "2026-11-24T12:00", Locale.ENGLISH)).isEqualTo("Closed, opens at 13:30.");
		assertThat(statusAt(marolles(), "2026-11-24T16:29", Locale.ENGLISH)).isEqualTo("Open now, until 16:30.");
	}

	@Test
	void isClosedOnEasterMondayAsAPublicHolidayInEveryLanguage() {
		assertThat(statusAt(marolles(), "2027-03-29T10:00", Locale.ENGLISH))
			.isEqualTo("Closed today (public holiday: Easter Monday). Opens tomorrow at 9:00.");
		assertThat(statusAt(marolles(), "2027-03-29T10:00", Locale.FRENCH))
			.isEqualTo("Fermé aujourd'hui (jour férié\u00a0: lundi de Pâques). Ouvre demain à 9\u00a0h.");
		assertThat(statusAt(marolles(), "2027-03-29T10:00", DUTCH))
			.isEqualTo("Vandaag gesloten (feestdag: paasmaandag). Opent morgen om 9:00.");
	}

	@Test
	void namesTheHolidaysAsTheyAreSaidInBelgium() {
		assertThat(statusAt(marolles(), "2027-05-17T10:00", DUTCH))
			.startsWith("Vandaag gesloten (feestdag: pinkstermaandag).");
		assertThat(statusAt(marolles(), "2027-05-17T10:00", Locale.ENGLISH))
			.startsWith("Closed today (public holiday: Whit Monday).");
		assertThat(statusAt(marolles(), "2027-07-21T10:00", Locale.FRENCH))
			.startsWith("Fermé aujourd'hui (jour férié\u00a0: fête nationale).");
	}

	@Test
	void opensAsUsualOnAPublicHolidayThatStaffOverrode() {
		Office office = marolles();
		office.setExceptions(List.of(new OpeningException(LocalDate.parse("2027-03-29"), LocalDate.parse("2027-03-29"),
				OpeningException.Kind.OPEN, null, null, null)));
		assertThat(statusAt(office, "2027-03-29T10:00", Locale.ENGLISH)).isEqualTo("Open now, until 12:00.");
	}

	@Test
	void aroundMidnightTheNextOpeningIsOnTheRightDay() {
		assertThat(statusAt(marolles(), "2026-11-27T23:59:59", Locale.ENGLISH))
			.isEqualTo("Closed, opens Monday at 9:00.");
		assertThat(statusAt(marolles(), "2026-11-28T00:00", Locale.FRENCH)).isEqualTo("Fermé, ouvre lundi à 9\u00a0h.");
		assertThat(statusAt(marolles(), "2026-11-29T23:59", Locale.ENGLISH))
			.isEqualTo("Closed, opens tomorrow at 9:00.");
		assertThat(statusAt(marolles(), "2026-11-30T00:00", Locale.ENGLISH)).isEqualTo("Closed, opens at 9:00.");
	}

	@Test
	void keepsBrusselsHoursAcrossTheMarchAndOctoberClockChanges() {
		// Summer time starts on Sunday 29 March 2026 at 2:00 and ends on Sunday 25
		// October
		// at 3:00; the hours stay 9:00 in Brussels, an hour apart in UTC.
		this.clock.set(LocalDateTime.parse("2026-03-30T09:00"));
		assertThat(this.clock.instant()).hasToString("2026-03-30T07:00:00Z");
		assertThat(statusAt(marolles(), "2026-03-30T09:00", Locale.ENGLISH)).isEqualTo("Open now, until 12:00.");
		assertThat(statusAt(marolles(), "2026-03-29T03:30", Locale.ENGLISH))
			.isEqualTo("Closed, opens tomorrow at 9:00.");
		this.clock.set(LocalDateTime.parse("2026-10-26T09:00"));
		assertThat(this.clock.instant()).hasToString("2026-10-26T08:00:00Z");
		assertThat(statusAt(marolles(), "2026-10-26T08:59", Locale.ENGLISH)).isEqualTo("Closed, opens at 9:00.");
		assertThat(statusAt(marolles(), "2026-10-26T09:00", Locale.ENGLISH)).isEqualTo("Open now, until 12:00.");
	}

	@Test
	void saysByAppointmentOnlyWhenTheSessionIsByAppointment() {
		Office office = new Office("test");
		office.setSessions(List.of(session(DayOfWeek.TUESDAY, "14:00", "17:00", OpeningSession.Mode.APPOINTMENT)));
		assertThat(statusAt(office, "2026-11-24T15:00", Locale.ENGLISH))
			.isEqualTo("Open now, by appointment only, until 17:00.");
		assertThat(this.text.sessions(this.hours.usualWeek(office).get(DayOfWeek.TUESDAY), Locale.ENGLISH))
			.isEqualTo("14:00\u2060–\u206017:00 (by appointment)");
	}

	@Test
	void withoutHoursSaysTheyAreNotPublishedAndInventsNone() {
		Office office = new Office("test");
		assertThat(statusAt(office, "2026-11-24T10:00", Locale.ENGLISH))
			.isEqualTo("Opening hours not yet published: call before you go.");
		assertThat(this.hours.coming(office, 365)).isEmpty();
	}

	@Test
	void aClosureByStaffGivesItsReasonAndTheComingDaysListIt() {
		Office office = marolles();
		office.setExceptions(List.of(new OpeningException(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-25"),
				OpeningException.Kind.CLOSED, null, null, new LocalizedText("travaux", "werken", "building works"))));
		assertThat(statusAt(office, "2026-11-24T10:00", Locale.ENGLISH))
			.isEqualTo("Closed today (building works). Opens Thursday at 9:00.");
		assertThat(this.text.coming(office, Locale.ENGLISH))
			.startsWith("From Tuesday 24 November to Wednesday 25 November: Closed (building works)");
		assertThat(this.text.coming(office, Locale.FRENCH))
			.startsWith("Du mardi 24 novembre au mercredi 25 novembre\u00a0: Fermé (travaux)");
	}

	@Test
	void aClosureOfMonthsSaysWhenTheOfficeOpensAgainAndIsListedOnce() {
		Office office = marolles();
		office.setExceptions(List.of(new OpeningException(LocalDate.parse("2026-12-02"), LocalDate.parse("2027-03-03"),
				OpeningException.Kind.CLOSED, null, null, new LocalizedText("travaux", "werken", "works"))));
		assertThat(statusAt(office, "2026-12-10T10:00", Locale.ENGLISH))
			.isEqualTo("Closed today (works). Opens on 4 March at 9:00.");
		// Christmas and New Year fall within the closure: one period, to its end.
		assertThat(this.text.coming(office, Locale.ENGLISH))
			.containsExactly("From Thursday 10 December to Wednesday 3 March: Closed (works)");
		assertThat(this.hours.coming(office, 1)).singleElement()
			.satisfies((period) -> assertThat(period.last()).hasToString("2027-03-03"));
	}

	@Test
	void saysWhenTheNextOpeningIsByAppointmentOnly() {
		Office office = new Office("test");
		office.setSessions(List.of(session(DayOfWeek.WEDNESDAY, "09:00", "12:00", OpeningSession.Mode.APPOINTMENT)));
		assertThat(statusAt(office, "2026-11-24T15:00", Locale.ENGLISH))
			.isEqualTo("Closed, opens tomorrow at 9:00, by appointment only.");
		assertThat(statusAt(office, "2026-11-24T15:00", Locale.FRENCH))
			.isEqualTo("Fermé, ouvre demain à 9\u00a0h, uniquement sur rendez-vous.");
		assertThat(statusAt(office, "2026-11-24T15:00", DUTCH))
			.isEqualTo("Gesloten, opent morgen om 9:00, alleen op afspraak.");
	}

	@Test
	void sessionsThatFollowEachOtherAreOneOpening() {
		Office office = new Office("test");
		office.setSessions(List.of(session(DayOfWeek.TUESDAY, "12:50", "18:00", OpeningSession.Mode.WALK_IN),
				session(DayOfWeek.TUESDAY, "09:00", "12:50", OpeningSession.Mode.WALK_IN)));
		assertThat(statusAt(office, "2026-11-24T12:33", Locale.ENGLISH)).isEqualTo("Open now, until 18:00.");
	}

	@Test
	void theTenNationalHolidaysCloseEveryOffice() {
		List<LocalDate> closed = new java.util.ArrayList<>();
		for (LocalDate day = LocalDate.parse("2027-01-01"); day.getYear() == 2027; day = day.plusDays(1)) {
			if (this.hours.on(marolles(), day).holiday()) {
				closed.add(day);
			}
		}
		assertThat(closed).extracting(LocalDate::toString)
			.containsExactly("2027-01-01", "2027-03-29", "2027-05-01", "2027-05-06", "2027-05-17", "2027-07-21",
					"2027-08-15", "2027-11-01", "2027-11-11", "2027-12-25");
	}

	@Test
	void theCitysOwnClosureDaysComeFromConfiguration() {
		OpeningHours withIrisDay = new OpeningHours(Clock.system(TestClock.BRUSSELS),
				new PublicHolidays("05-08", this.messages));
		assertThat(withIrisDay.on(marolles(), LocalDate.parse("2028-05-08")).reason().in(Locale.ENGLISH))
			.isEqualTo("City closure day");
		OpeningHoursText text = new OpeningHoursText(this.messages,
				new OpeningHours(this.clock, new PublicHolidays("05-08", this.messages)));
		this.clock.set(LocalDateTime.parse("2028-05-08T10:00"));
		// Not a public holiday, and not said to be one.
		assertThat(text.status(marolles(), Locale.ENGLISH).text())
			.isEqualTo("Closed today (City closure day). Opens tomorrow at 9:00.");
	}

}
