package be.brussels.mediation.editing;

import java.time.LocalDateTime;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import be.brussels.mediation.TestClock;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Staff enter opening hours, closures and notices in the office form, without JavaScript.
 */
@SiteTest
class HoursEditingTests {

	static final String FORM = "form[action$=/admin/offices/marolles]";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TestClock clock;

	@AfterEach
	void removeHours() {
		this.jdbc.sql("delete from office_session").update();
		this.jdbc.sql("delete from office_exception").update();
		this.jdbc.sql("delete from office_notice").update();
		this.clock.reset();
	}

	private StaffBrowser admin() {
		StaffBrowser browser = StaffBrowser.administrator(this.port, getClass());
		browser.get("/en/admin/offices/marolles");
		return browser;
	}

	@Test
	void hoursEnteredInTheFormShowOnThePublicPageAndInTheHistory() {
		StaffBrowser browser = admin();
		browser.submit(FORM, "rowAction", "add:sessions");
		browser.submit(FORM, "rowAction", "add:sessions");
		assertThat(browser.page().select("select#sessions1\\.day")).hasSize(1);
		browser.submit(FORM, "sessions[0].day", "TUESDAY", "sessions[0].opens", "09:00", "sessions[0].closes", "12:00",
				"sessions[1].day", "TUESDAY", "sessions[1].opens", "13:30", "sessions[1].closes", "16:30",
				"sessions[1].mode", "APPOINTMENT");
		assertThat(browser.path()).isEqualTo("/en/admin/offices/marolles");
		assertThat(browser.page().select("[role=status]").text()).isEqualTo("Your changes have been saved.");

		this.clock.set(LocalDateTime.parse("2026-11-24T14:00"));
		Document page = browser.get("/en/offices/marolles");
		assertThat(page.select(".opening-status").text()).isEqualTo("Open now, by appointment only, until 16:30.");
		assertThat(page.select("table.hours tbody tr").get(1).text())
			.isEqualTo("Tuesday 9:00\u2060–\u206012:00 and 13:30\u2060–\u206016:30 (by appointment)");
		assertThat(browser.get("/en/admin/offices/marolles/history").select(".revision").first().text())
			.contains("Weekly opening hours", "Tuesday 13:30–16:30 By appointment");
	}

	@Test
	void eachRowIsAGroupNamedOnceAndTheFocusComesBackToTheRowChangedWithoutJavaScript() {
		StaffBrowser browser = admin();
		browser.submit(FORM, "rowAction", "add:sessions");
		Document page = browser.submit(FORM, "rowAction", "add:sessions");
		assertThat(page.select("#sessions fieldset.hours-row > legend")).extracting(Element::text)
			.containsExactly("Opening 1", "Opening 2");
		assertThat(page.select("label[for=sessions1.day]").text()).isEqualTo("Day");
		assertThat(page.select("[autofocus]")).extracting((element) -> element.id()).containsExactly("sessions1.day");
		assertThat(page.select("form#office-form").attr("data-warn-unsaved")).isEqualTo("changed");

		page = browser.submit(FORM, "rowAction", "remove:sessions:0");
		assertThat(page.select("[autofocus]")).extracting((element) -> element.id()).containsExactly("sessions0.day");
		page = browser.submit(FORM, "rowAction", "remove:sessions:0");
		assertThat(page.select("#sessions fieldset.hours-row")).isEmpty();
		assertThat(page.select("[autofocus]")).extracting((element) -> element.id()).containsExactly("add-sessions");
		page = browser.submit(FORM, "rowAction", "add:notices");
		assertThat(page.select("[autofocus]")).extracting((element) -> element.id())
			.containsExactly("notices0.visibleFrom");
		assertThat(page.select("button[value=remove:notices:0]").text()).isEqualTo("Remove notice 1");
		assertThat(this.jdbc.sql("select count(*) from office_notice").query(Long.class).single()).isZero();
	}

	@Test
	void overlappingOrBackwardHoursGetTheErrorSummaryLinkedToTheirField() {
		StaffBrowser browser = admin();
		browser.submit(FORM, "rowAction", "add:sessions");
		browser.submit(FORM, "rowAction", "add:sessions");
		Document page = browser.submit(FORM, "sessions[0].day", "MONDAY", "sessions[0].opens", "09:00",
				"sessions[0].closes", "12:00", "sessions[1].day", "MONDAY", "sessions[1].opens", "11:00",
				"sessions[1].closes", "10:00");
		assertThat(browser.status()).isEqualTo(400);
		assertThat(page.select(".error-summary a")).extracting((link) -> link.attr("href"))
			.containsExactly("#sessions1.closes");
		assertThat(page.select("#sessions1\\.closes-error").text()).contains("later than the opening time");

		page = browser.submit(FORM, "sessions[1].closes", "13:00");
		assertThat(page.select(".error-summary a")).extracting((link) -> link.attr("href"))
			.containsExactly("#sessions1.opens");
		assertThat(this.jdbc.sql("select count(*) from office_session").query(Long.class).single()).isZero();
	}

	@Test
	void closuresNeedAReasonDatesThatMakeSenseAndNoOverlapAndNothingIsSavedUntilThen() {
		StaffBrowser browser = admin();
		browser.submit(FORM, "rowAction", "add:sessions");
		browser.submit(FORM, "rowAction", "add:exceptions");
		browser.submit(FORM, "rowAction", "add:exceptions");
		Document page = browser.submit(FORM, "sessions[0].day", "MONDAY", "sessions[0].opens", "09:00:30",
				"sessions[0].closes", "12:00", "exceptions[0].firstDay", "2026-12-01", "exceptions[0].lastDay",
				"2026-12-31", "exceptions[0].kind", "CLOSED", "exceptions[0].reasonEn", "works",
				"exceptions[1].firstDay", "2026-12-09", "exceptions[1].lastDay", "+999999999-12-31",
				"exceptions[1].kind", "OPEN");
		assertThat(browser.status()).isEqualTo(400);
		assertThat(page.select(".error-summary a")).extracting((link) -> link.attr("href"))
			.containsExactlyInAnyOrder("#sessions0.opens", "#exceptions0.reasonFr", "#exceptions0.reasonNl",
					"#exceptions1.lastDay");
		assertThat(page.select("#exceptions0\\.reasonFr-error").text()).contains("Enter the reason in French");
		assertThat(page.select("#exceptions1\\.lastDay-error").text()).contains("Enter a date between 2000 and 2099");

		page = browser.submit(FORM, "sessions[0].opens", "9:00", "exceptions[0].reasonFr", "travaux",
				"exceptions[0].reasonNl", "werken", "exceptions[1].lastDay", "2026-12-09");
		assertThat(page.select(".error-summary a")).extracting((link) -> link.attr("href"))
			.containsExactly("#exceptions1.firstDay");
		assertThat(page.select("#exceptions1\\.firstDay-error").text()).contains("overlap another closure");
		assertThat(this.jdbc.sql("select count(*) from office_exception").query(Long.class).single()).isZero();
	}

	@Test
	void aClosureAndANoticeShowOnThePublicPage() {
		StaffBrowser browser = admin();
		browser.submit(FORM, "rowAction", "add:sessions");
		browser.submit(FORM, "rowAction", "add:exceptions");
		browser.submit(FORM, "rowAction", "add:notices");
		browser.submit(FORM, "sessions[0].day", "MONDAY", "sessions[0].opens", "09:00", "sessions[0].closes", "12:00",
				"exceptions[0].firstDay", "2026-11-30", "exceptions[0].lastDay", "2026-11-30", "exceptions[0].kind",
				"CLOSED", "exceptions[0].reasonFr", "travaux", "exceptions[0].reasonNl", "werken",
				"exceptions[0].reasonEn", "building works", "notices[0].visibleFrom", "2026-11-20",
				"notices[0].visibleUntil", "2026-11-30", "notices[0].textFr", "Fermé le 30 novembre pour travaux.",
				"notices[0].textNl", "Gesloten op 30 november wegens werken.");
		assertThat(browser.path()).as(browser.page().select(".error-summary").text())
			.isEqualTo("/en/admin/offices/marolles");

		this.clock.set(LocalDateTime.parse("2026-11-30T10:00"));
		Document page = browser.get("/fr/offices/marolles");
		assertThat(page.select(".office-notice").text()).isEqualTo("Fermé le 30 novembre pour travaux.");
		assertThat(page.select(".opening-status").text())
			.isEqualTo("Fermé aujourd'hui (travaux). Ouvre le 7 décembre à 9 h.");
		assertThat(browser.get("/en/").select(".office-notice").text()).isEqualTo("Fermé le 30 novembre pour travaux.");
	}

}
