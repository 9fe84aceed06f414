package be.brussels.mediation.office;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class ReportTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long reportsWith(String message) {
		return this.jdbc.sql("select count(*) from problem_report where message = ?")
			.param(message)
			.query(Long.class)
			.single();
	}

	@Test
	void aResidentReportsAWrongNumberFromTheOfficePageWithoutAnAccountOrCookie() {
		StaffBrowser resident = new StaffBrowser(this.port, "198.51.100.1");
		Document office = resident.get("/fr/offices/marolles");
		assertThat(resident.header("Set-Cookie")).isNull();
		assertThat(office.select("form[action=/fr/offices/marolles/report] input[name=_csrf]")).isEmpty();

		Document sent = resident.submit("form[action=/fr/offices/marolles/report]", "topic", "WRONG_PHONE", "message",
				"Le numéro fixe ne répond plus.", "email", "resident@example.be");
		assertThat(resident.path()).isEqualTo("/fr/offices/marolles/report/sent");
		assertThat(sent.select("h1").text()).isNotEmpty();
		assertThat(sent.select("main a[href^=tel:]").eachText()).as("the office's numbers, to call now")
			.containsExactly("02 503 25 65", "0499 53 74 81");
		assertThat(resident.cookies()).isEmpty();
		assertThat(this.jdbc
			.sql("select topic || ' ' || status || ' ' || email || ' ' || language from problem_report "
					+ "where message = 'Le numéro fixe ne répond plus.'")
			.query(String.class)
			.single()).isEqualTo("WRONG_PHONE NEW resident@example.be fr");
	}

	@Test
	void aResidentSaysInWritingThatTheSiteIsHardToUse() {
		StaffBrowser resident = new StaffBrowser(this.port, "198.51.100.7");
		Document office = resident.get("/en/offices/senne");
		assertThat(office.select("input[value=ACCESSIBILITY] + label").text()).isEqualTo("The website is hard to use");

		resident.submit("form[action=/en/offices/senne/report]", "topic", "ACCESSIBILITY", "message",
				"The map traps my keyboard.");
		assertThat(resident.path()).isEqualTo("/en/offices/senne/report/sent");
		assertThat(this.jdbc.sql("select topic from problem_report where message = 'The map traps my keyboard.'")
			.query(String.class)
			.single()).isEqualTo("ACCESSIBILITY");
	}

	@Test
	void aReportWithoutTextGetsTheErrorSummaryAndKeepsWhatWasTyped() {
		StaffBrowser resident = new StaffBrowser(this.port, "198.51.100.2");
		resident.get("/nl/offices/senne");
		Document page = resident.submit("form[action=/nl/offices/senne/report]", "topic", "OTHER", "email",
				"not-an-address");
		assertThat(resident.status()).isEqualTo(400);
		assertThat(page.title()).startsWith("Fout");
		assertThat(page.select(".error-summary a")).extracting((link) -> link.attr("href"))
			.containsExactlyInAnyOrder("#message", "#email");
		assertThat(page.select("input#email").val()).isEqualTo("not-an-address");
		assertThat(page.select("input[name=topic][value=OTHER]").hasAttr("checked")).isTrue();
	}

	@Test
	void robotsFillingTheHiddenFieldAreThankedButNothingIsStored() {
		StaffBrowser robot = new StaffBrowser(this.port, "198.51.100.3");
		robot.get("/en/offices/north");
		robot.submit("form[action=/en/offices/north/report]", "topic", "OTHER", "message", "Cheap pills here",
				"homepage", "https://spam.example");
		assertThat(robot.path()).isEqualTo("/en/offices/north/report/sent");
		assertThat(reportsWith("Cheap pills here")).isZero();
	}

	@Test
	void aSixthReportWithinTheHourFromOneAddressWaitsAndKeepsItsText() {
		StaffBrowser resident = new StaffBrowser(this.port, "198.51.100.4");
		for (int i = 1; i <= 5; i++) {
			resident.get("/en/offices/north");
			resident.submit("form[action=/en/offices/north/report]", "topic", "OTHER", "message", "Report " + i);
			assertThat(resident.path()).isEqualTo("/en/offices/north/report/sent");
		}
		resident.get("/en/offices/north");
		Document page = resident.submit("form[action=/en/offices/north/report]", "topic", "OTHER", "message",
				"Report 6");
		assertThat(resident.status()).isEqualTo(429);
		assertThat(Integer.parseInt(resident.header("Retry-After"))).isBetween(3000, 3601);
		assertThat(page.select(".error-summary").text()).contains("Wait 60 minutes");
		assertThat(page.select("textarea#message").text()).isEqualTo("Report 6");
		assertThat(reportsWith("Report 6")).isZero();
	}

	@Test
	void staffSeeReportsOfTheirOfficesInTheInboxAndChangeTheirStatus() {
		StaffBrowser resident = new StaffBrowser(this.port, "198.51.100.5");
		resident.get("/fr/offices/laeken-north");
		resident.submit("form[action=/fr/offices/laeken-north/report]", "topic", "WRONG_ADDRESS", "message",
				"L'entrée est de l'autre côté.");

		StaffBrowser staff = new StaffBrowser(this.port);
		staff.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		Document inbox = staff.get("/en/admin/reports");
		assertThat(inbox.select(".report").text()).contains("L'entrée est de l'autre côté.", "A wrong address");
		long id = this.jdbc.sql("select id from problem_report where message = ?")
			.param("L'entrée est de l'autre côté.")
			.query(Long.class)
			.single();
		staff.submit("form[action=/en/admin/reports/" + id + "]", "status", "DONE");
		assertThat(staff.path()).isEqualTo("/en/admin/reports?status=NEW&page=1");
		assertThat(staff.page().select(".report").text()).doesNotContain("L'entrée est de l'autre côté.");
		assertThat(staff.get("/en/admin/reports?status=DONE").select(".report").text())
			.contains("L'entrée est de l'autre côté.");
		assertThat(this.jdbc.sql("select count(*) from audit_event where action = 'REPORT_DONE' and target like ?")
			.param("#" + id + " %")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

	@Test
	void theInboxShowsTwentyFiveReportsAPageNewestFirst() {
		long office = this.jdbc.sql("select id from office where slug = 'senne'").query(Long.class).single();
		this.jdbc.sql("""
				insert into problem_report (office_id, topic, message, language, status, created_at)
				select ?, 'OTHER', 'Paged report ' || n, 'fr', 'IN_PROGRESS', now() - n * interval '1 minute'
				from generate_series(1, 60) as n""").param(office).update();
		try {
			StaffBrowser staff = new StaffBrowser(this.port);
			staff.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
			Document first = staff.get("/en/admin/reports?status=IN_PROGRESS");
			assertThat(first.select("h1").text()).isEqualTo("Problem reports: in progress, page 1 of 3");
			assertThat(first.select(".report .message")).hasSize(25);
			assertThat(first.select(".report .message").first().text()).isEqualTo("Paged report 1");
			assertThat(first.select("main").text()).contains("60 reports, newest first.");
			assertThat(first.select("a[rel=prev]")).isEmpty();

			Document third = staff.get(first.select("a[rel=next]").attr("href").replace("page=2", "page=3"));
			assertThat(third.title()).startsWith("Problem reports: in progress, page 3 of 3");
			assertThat(third.select(".report .message").eachText()).hasSize(10).endsWith("Paged report 60");
			assertThat(third.select("a[rel=next]")).isEmpty();

			assertThat(staff.get("/en/admin/reports?status=IN_PROGRESS&page=999").select("h1").text())
				.endsWith("page 3 of 3");
			staff.get("/en/admin/reports?status=IN_PROGRESS&page=x");
			assertThat(staff.status()).isEqualTo(400);
			staff.get("/en/admin/reports?status=NOPE");
			assertThat(staff.status()).isEqualTo(400);
		}
		finally {
			this.jdbc.sql("delete from problem_report where message like 'Paged report %'").update();
		}
	}

	@Test
	void aReportSentFromAnotherWebsiteIsRefusedAndOneFromTheSiteOrAPlainClientIsTaken() {
		StaffBrowser resident = new StaffBrowser(this.port, "198.51.100.7");
		resident.get("/en/offices/north/report");
		for (String[] origin : new String[][] { { "Origin", "https://evil.example" },
				{ "Sec-Fetch-Site", "cross-site" } }) {
			Document refused = resident.postWithHeader("/en/offices/north/report", origin[0], origin[1], "topic",
					"OTHER", "message", "Sent from elsewhere");
			assertThat(resident.status()).isEqualTo(403);
			assertThat(refused.select("h1").text()).isEqualTo("Form sent from another website");
		}
		assertThat(reportsWith("Sent from elsewhere")).isZero();

		resident.postWithHeader("/en/offices/north/report", "Sec-Fetch-Site", "same-site", "topic", "OTHER", "message",
				"Sent from the City's other site");
		assertThat(resident.path()).isEqualTo("/en/offices/north/report/sent");
		resident.postWithHeader("/en/offices/north/report", "Origin", "http://localhost:" + this.port, "topic", "OTHER",
				"message", "Sent from this site");
		assertThat(resident.path()).isEqualTo("/en/offices/north/report/sent");
		assertThat(reportsWith("Sent from the City's other site") + reportsWith("Sent from this site")).isEqualTo(2);
	}

}
