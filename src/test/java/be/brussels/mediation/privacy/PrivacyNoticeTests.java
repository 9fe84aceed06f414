package be.brussels.mediation.privacy;

import java.time.Period;
import java.util.Locale;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import be.brussels.mediation.web.SiteMessages;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

@SiteTest
class PrivacyNoticeTests {

	@LocalServerPort
	int port;

	@Test
	void theNoticeIsLinkedFromEveryFooterAndBesideTheReportFormsEmailFieldInEachLanguage() {
		StaffBrowser resident = new StaffBrowser(this.port);
		for (String language : new String[] { "fr", "nl", "en" }) {
			String notice = "/" + language + "/privacy";
			assertThat(resident.get("/" + language + "/").select("footer a").eachAttr("href")).contains(notice);
			Document office = resident.get("/" + language + "/offices/marolles");
			assertThat(office.select("#email").parents().select(".field + p.hint a").attr("href")).isEqualTo(notice);
			Document page = resident.get(notice);
			assertThat(resident.status()).isEqualTo(200);
			assertThat(resident.cookies()).isEmpty();
			assertThat(page.select("h1")).hasSize(1);
			assertThat(page.select("main").text()).contains("Ville de Bruxelles / Stad Brussel");
		}
	}

	@Test
	void theNoticeStatesTheRetentionPeriodsAndSaysWhatTheCityHasNotGivenYet() {
		Document page = new StaffBrowser(this.port).get("/en/privacy");
		assertThat(page.select("main li").eachText()).anyMatch((item) -> item.contains("erased 12 months after"))
			.anyMatch((item) -> item.contains("erased after 24 months")
					&& item.contains("shortened to its network after 3 months"));
		assertThat(page.select("main").text())
			.contains("has not yet published its data protection officer’s contact details")
			.contains("Data Protection Authority");
		assertThat(new StaffBrowser(this.port).get("/fr/privacy").select("main li").eachText())
			.anyMatch((item) -> item.contains("effacés 12 mois après"));
	}

	@Test
	void whatTheCityGivesIsWhatTheNoticeSays() {
		PrivacyProperties given = new PrivacyProperties(" Stad Brussel ", "Grasmarkt 1", "dpo@example.org", "",
				Period.ofMonths(6), Period.ofMonths(1), Period.ofMonths(1));
		ExtendedModelMap model = new ExtendedModelMap();
		assertThat(new PrivacyController(given, new SiteMessages()).notice(model, Locale.forLanguageTag("nl")))
			.isEqualTo("privacy/notice");
		assertThat(model).containsEntry("controller", "Stad Brussel")
			.containsEntry("controllerAddress", "Grasmarkt 1")
			.containsEntry("dpoEmail", "dpo@example.org")
			.containsEntry("dpoAddress", null)
			.containsEntry("reportsKept", "6 maanden")
			.containsEntry("auditKept", "1 maand");
	}

	@Test
	void retentionPeriodsAreWholeMonths() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new PrivacyProperties(null, null, null, null, Period.ofDays(90), Period.ofMonths(24),
					Period.ofMonths(3)))
			.withMessageContaining("whole months");
	}

}
