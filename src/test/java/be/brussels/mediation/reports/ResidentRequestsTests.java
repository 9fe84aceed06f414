package be.brussels.mediation.reports;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.staff.StaffAccountRepository;
import be.brussels.mediation.staff.StaffAccounts;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident's rights over their reports: an administrator finds every report carrying
 * their e-mail address, sends them as a file and erases them, each recorded without the
 * address; no editor sees the e-mail address of another office's reports.
 */
@SiteTest
class ResidentRequestsTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccountRepository accounts;

	@Autowired
	StaffAccounts staff;

	@Autowired
	OfficeRepository offices;

	@BeforeEach
	void reportsOfAResident() {
		for (String[] report : new String[][] { { "marolles", "Rights test: Marolles", "Resident@Example.org", "NEW" },
				{ "senne", "Rights test: Senne", "resident@example.org", "DONE" },
				{ "senne", "Rights test: someone else", "other@example.org", "NEW" } }) {
			this.jdbc.sql("""
					insert into problem_report (office_id, topic, message, email, language, status)
					select id, 'OTHER', ?, ?, 'fr', ? from office where slug = ?""")
				.params(report[1], report[2], report[3], report[0])
				.update();
		}
	}

	@AfterEach
	void removeThem() {
		this.jdbc.sql("delete from problem_report where message like 'Rights test%'").update();
		this.jdbc.sql("delete from audit_event where action like 'REPORTS_%'").update();
	}

	@Test
	void anAdministratorFindsSendsAndErasesEveryReportOfAnAddressAndTheLogKeepsNoAddress() {
		StaffBrowser admin = StaffBrowser.administrator(this.port, getClass());
		Document inbox = admin.get("/en/admin/reports");
		admin.get(inbox.select("a[href$=/reports/by-email]").attr("href"));
		Document found = admin.submit("form[action$=/reports/by-email]", "email", " RESIDENT@example.org ");
		assertThat(found.select("#found-heading").text()).isEqualTo("2 reports carry this e-mail address");
		assertThat(found.select(".report .message").eachText()).containsExactlyInAnyOrder("Rights test: Marolles",
				"Rights test: Senne");

		admin.press("button[formaction$=/export/csv]");
		assertThat(admin.header("Content-Disposition")).isEqualTo("attachment; filename=\"reports.csv\"");
		assertThat(admin.header("Cache-Control")).contains("no-store");
		assertThat(admin.body()).startsWith("\uFEFFid,office,received,topic,status,language,email,message")
			.contains("Rights test: Marolles", "Rights test: Senne")
			.doesNotContain("someone else");
		admin.get("/en/admin/reports/by-email");
		found = admin.submit("form[action$=/reports/by-email]", "email", "resident@example.org");
		admin.press("form[action$=/export/json] button:not([formaction])");
		assertThat(admin.header("Content-Type")).startsWith("application/json");
		assertThat(admin.body()).contains("\"email\":\"Resident@Example.org\"", "\"office\":\"senne\"");

		admin.get("/en/admin/reports/by-email");
		admin.submit("form[action$=/reports/by-email]", "email", "resident@example.org");
		Document confirmation = admin.press("button[formaction$=/erase]");
		assertThat(confirmation.select("h1").text()).isEqualTo("Erase these reports?");
		assertThat(confirmation.select("main").text()).contains("These 2 reports will be erased for good");
		assertThat(this.jdbc.sql("select count(*) from problem_report where message like 'Rights test%'")
			.query(Long.class)
			.single()).as("nothing erased before the confirmation").isEqualTo(3);
		Document after = admin.submit("form[action$=/erase/confirmed]");
		assertThat(after.select("[role=status]").text()).isEqualTo("The reports have been erased.");
		assertThat(this.jdbc.sql("select message from problem_report where message like 'Rights test%'")
			.query(String.class)
			.list()).containsExactly("Rights test: someone else");
		assertThat(this.jdbc
			.sql("select action || ': ' || target from audit_event where action like 'REPORTS_%'" + " order by id")
			.query(String.class)
			.list()).containsExactly("REPORTS_FOUND: 2 reports", "REPORTS_EXPORTED: 2 reports, csv",
					"REPORTS_FOUND: 2 reports", "REPORTS_EXPORTED: 2 reports, json", "REPORTS_FOUND: 2 reports",
					"REPORTS_ERASED: 2 reports");
	}

	@Test
	void aMistypedAddressIsSaidBesideItsField() {
		StaffBrowser admin = StaffBrowser.administrator(this.port, getClass());
		admin.get("/fr/admin/reports/by-email");
		Document page = admin.submit("form[action$=/reports/by-email]", "email", "resident");
		assertThat(admin.status()).isEqualTo(400);
		assertThat(page.select(".error-summary a").attr("href")).isEqualTo("#email");
		assertThat(page.title()).startsWith("Erreur");
	}

	@Test
	void anEditorNeitherLooksUpAddressesNorSeesTheAddressesOfAnotherOfficesReports() {
		String editor = StaffBrowser.editorOf(this.accounts, this.staff, this.offices, "marolles");
		StaffBrowser browser = new StaffBrowser(this.port);
		browser.signIn(editor, StaffBrowser.EDITOR_PASSWORD);
		Document inbox = browser.get("/en/admin/reports");
		assertThat(inbox.select("a[href$=/reports/by-email]")).isEmpty();
		assertThat(inbox.select("main").text()).contains("Resident@Example.org")
			.doesNotContain("other@example.org")
			.doesNotContain("Rights test: Senne");
		assertThat(browser.get("/en/admin/reports?status=DONE").select("main").text())
			.doesNotContain("resident@example.org");
		browser.get("/en/admin/reports/by-email");
		assertThat(browser.status()).isEqualTo(403);
	}

}
