package be.brussels.mediation.editing;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import be.brussels.mediation.office.OfficeRepository;
import be.brussels.mediation.staff.StaffAccountRepository;
import be.brussels.mediation.staff.StaffAccounts;
import be.brussels.mediation.web.DateText;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class OfficeEditingTests {

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

	@AfterEach
	void removeTestOffices() {
		this.jdbc.sql("delete from office where slug like 'test-%'").update();
	}

	private StaffBrowser admin() {
		return StaffBrowser.administrator(this.port, getClass());
	}

	/**
	 * Creates a published office through the form, with the given name in French.
	 */
	private StaffBrowser createOffice(String slug, String nameFr) {
		StaffBrowser browser = admin();
		browser.get("/fr/admin/offices/new");
		browser.submit("form[action$=/admin/offices]", "slug", slug, "districtFr", "Test", "districtNl", "Test",
				"nameFr", nameFr, "nameNl", "Testkantoor", "streetFr", "Rue des Renards", "streetNl", "Vossenstraat",
				"number", "10", "postalCode", "1000", "localityFr", "Bruxelles", "localityNl", "Brussel", "latitude",
				"50,8375", "longitude", "4.3467", "phones[0]", "02/503.25.65", "published", "true");
		assertThat(browser.path()).as(browser.page().select(".error-summary").text())
			.isEqualTo("/fr/admin/offices/" + slug);
		return browser;
	}

	@Test
	void createdOfficeIsStoredNormalisedAndShownToResidents() {
		StaffBrowser browser = createOffice("test-created", "Antenne test");
		assertThat(browser.page().select("[role=status]").text()).isNotEmpty();
		assertThat(this.jdbc
			.sql("select number from office_phone p join office o on o.id = p.office_id "
					+ "where o.slug = 'test-created'")
			.query(String.class)
			.list()).containsExactly("+3225032565");
		Document page = browser.get("/fr/offices/test-created");
		assertThat(page.select("h1").text()).isEqualTo("Antenne test");
		assertThat(page.select("a[href^=tel:]").text()).contains("02 503 25 65");
		assertThat(this.jdbc
			.sql("select count(*) from office_need n join office o on o.id = n.office_id "
					+ "where o.slug = 'test-created'")
			.query(Long.class)
			.single()).isEqualTo(this.jdbc.sql("select count(*) from need").query(Long.class).single());
	}

	@Test
	void aResidentSeesWhatStaffSavedOnTheVeryNextRequest() {
		StaffBrowser staff = createOffice("test-fresh", "Antenne avant");
		StaffBrowser resident = new StaffBrowser(this.port);
		// The office's page and the map give its name; the home page and the list its
		// district.
		Map<String, String> pages = Map.of("/fr/offices/test-fresh", "Antenne", "/fr/offices.geojson", "Antenne",
				"/fr/", "Quartier", "/fr/offices", "Quartier");
		staff.get("/fr/admin/offices/test-fresh");
		staff.submit("form[action$=/admin/offices/test-fresh]", "districtFr", "Quartier avant");
		pages.forEach((path, shown) -> {
			resident.get(path);
			assertThat(resident.get(path).text()).as(path).contains(shown + " avant");
		});
		staff.get("/fr/admin/offices/test-fresh");
		staff.submit("form[action$=/admin/offices/test-fresh]", "nameFr", "Antenne après", "districtFr",
				"Quartier après");
		pages.forEach((path, shown) -> assertThat(resident.get(path).text()).as(path)
			.contains(shown + " après")
			.doesNotContain(shown + " avant"));
		staff.get("/fr/admin/offices/test-fresh");
		staff.submit("form[action$=/admin/offices/test-fresh]", "published", "false");
		resident.get("/fr/offices/test-fresh");
		assertThat(resident.status()).isEqualTo(404);
		assertThat(resident.get("/fr/").text()).doesNotContain("Quartier après");
	}

	@Test
	void theErrorSummaryListsTheErrorsInTheOrderOfTheFields() {
		StaffBrowser browser = admin();
		browser.get("/en/admin/offices/marolles");
		Document page = browser.submit("form[action$=/admin/offices/marolles]", "website", "x".repeat(501), "email",
				"not an address", "phones[1]", "12", "phones[0]", "34", "nameFr", "", "districtNl", "");
		assertThat(browser.status()).isEqualTo(400);
		List<String> summary = page.select(".error-summary a").eachAttr("href");
		assertThat(summary).containsExactly("#districtNl", "#nameFr", "#phones0", "#phones1", "#email", "#website");
		assertThat(page.select(String.join(", ", summary)).eachAttr("id")).as("the fields in the order of the page")
			.containsExactly("districtNl", "nameFr", "phones0", "phones1", "email", "website");
	}

	@Test
	void aBadPhoneNumberGetsTheErrorSummaryLinkedToThePhoneField() {
		StaffBrowser browser = admin();
		browser.get("/fr/admin/offices/marolles");
		Document page = browser.submit("form[action$=/admin/offices/marolles]", "phones[0]", "12345");
		assertThat(browser.status()).isEqualTo(400);
		assertThat(page.title()).startsWith("Erreur");
		assertThat(page.select(".error-summary a")).singleElement().satisfies((link) -> {
			assertThat(link.attr("href")).isEqualTo("#phones0");
			assertThat(link.text()).contains("02 123 45 67");
		});
		assertThat(page.select("input#phones0").attr("aria-describedby")).isEqualTo("phones0-error");
		assertThat(page.select("#phones0-error").text()).contains(page.select(".error-summary a").text());
		assertThat(page.select("input#phones0").val()).isEqualTo("12345");
		assertThat(page.select("label[for=phones0]")).hasSize(1);
	}

	@Test
	void otherBadValuesGetTranslatedMessagesThatSayWhatToDo() {
		StaffBrowser browser = admin();
		browser.get("/nl/admin/offices/marolles");
		Document page = browser.submit("form[action$=/admin/offices/marolles]", "postalCode", "1930", "latitude",
				"51.2", "website", "ftp://example.org", "email", "nobody", "nameNl", "");
		assertThat(browser.status()).isEqualTo(400);
		assertThat(page.select(".error-summary a")).extracting((link) -> link.attr("href"))
			.containsExactlyInAnyOrder("#postalCode", "#latitude", "#website", "#email", "#nameNl");
		assertThat(page.select(".error-summary").text()).doesNotContain("Enter");

		page = browser.submit("form[action$=/admin/offices/marolles]", "phones[0]", "02 503 25 65 ext. 3");
		assertThat(page.select("#phones0-error").text()).contains("02 123 45 67");
	}

	@Test
	void fieldNamesNoFormHasAreABadRequestAndNothingIsSaved() {
		StaffBrowser browser = admin();
		browser.get("/fr/admin/offices/marolles");
		Document page = browser.submit("form[action$=/admin/offices/marolles]", "nameFr[0]", "x");
		assertThat(browser.status()).isEqualTo(400);
		assertThat(page.select("h1").text()).isEqualTo("Demande incorrecte");
		browser.get("/fr/admin/offices/marolles");
		browser.submit("form[action$=/admin/offices/marolles]", "phones[999]", "02 503 25 65");
		assertThat(browser.status()).isEqualTo(400);

		browser.get("/fr/admin/offices/marolles");
		browser.submit("form[action$=/admin/offices/marolles]", "languages", "fr", "languages", "fr");
		assertThat(this.jdbc.sql("select array_to_string(languages, ',') from office where slug = 'marolles'")
			.query(String.class)
			.single()).isEqualTo("fr");
	}

	@Test
	void phoneRowsAreAddedMovedAndRemovedWithoutJavaScriptAndWithoutSaving() {
		StaffBrowser browser = admin();
		browser.get("/fr/admin/offices/marolles");
		browser.submit("form[action$=/admin/offices/marolles]", "phones[2]", "0470 12 34 56", "rowAction",
				"up:phones:2");
		Document page = browser.submit("form[action$=/admin/offices/marolles]", "rowAction", "remove:phones:0");
		assertThat(page.select("input[name^=phones]")).extracting((input) -> input.val())
			.containsExactly("0470 12 34 56", "0499 53 74 81");
		assertThat(this.jdbc
			.sql("select count(*) from office_phone p join office o on o.id = p.office_id "
					+ "where o.slug = 'marolles'")
			.query(Long.class)
			.single()).isEqualTo(2);
	}

	@Test
	void twoEditorsSavingTheSameOfficeTheSecondGetsTheConflictPageAndLosesNothing() {
		createOffice("test-conflict", "Antenne conflit");
		String editor = StaffBrowser.editorOf(this.accounts, this.staff, this.offices, "test-conflict");
		StaffBrowser first = admin();
		StaffBrowser second = new StaffBrowser(this.port);
		second.signIn(editor, StaffBrowser.EDITOR_PASSWORD);
		first.get("/fr/admin/offices/test-conflict");
		second.get("/fr/admin/offices/test-conflict");

		first.submit("form[action$=/admin/offices/test-conflict]", "nameEn", "Conflict office");
		assertThat(first.status()).isEqualTo(200);
		Document conflict = second.submit("form[action$=/admin/offices/test-conflict]", "descriptionEn",
				"Help with housing");

		assertThat(second.status()).isEqualTo(409);
		assertThat(conflict.select(".conflict h2").text()).isNotEmpty();
		assertThat(conflict.select(".conflict tbody tr")).hasSize(2);
		assertThat(conflict.select(".conflict tbody").text()).contains("Conflict office", "Help with housing");
		assertThat(conflict.select("textarea#descriptionEn").text()).isEqualTo("Help with housing");
		assertThat(this.jdbc.sql("select name_en, description_en from office where slug = 'test-conflict'")
			.query((row, n) -> List.of(String.valueOf(row.getString(1)), String.valueOf(row.getString(2))))
			.single()).containsExactly("Conflict office", "null");

		// Saving the kept form again applies it over the first editor's change.
		second.submit("form[action$=/admin/offices/test-conflict]");
		assertThat(second.status()).isEqualTo(200);
		assertThat(this.jdbc.sql("select name_en, description_en from office where slug = 'test-conflict'")
			.query((row, n) -> List.of(row.getString(1), row.getString(2)))
			.single()).containsExactly("Conflict office", "Help with housing");
	}

	@Test
	void markingAsCheckedRefusesNoOpenFormAndLetsNoChangeBeLost() {
		String form = "form[action$=/admin/offices/test-check-edit]";
		StaffBrowser first = createOffice("test-check-edit", "Antenne vérifiée");
		StaffBrowser second = admin();
		second.get("/fr/admin/offices/test-check-edit");
		first.press("button[formaction$=/checked]");
		second.submit(form, "descriptionEn", "Help with housing");
		assertThat(second.status()).isEqualTo(200);

		second.get("/fr/admin/offices/test-check-edit");
		first.get("/fr/admin/offices/test-check-edit");
		first.press("button[formaction$=/checked]");
		first.submit(form, "nameEn", "Checked office");
		Document conflict = second.submit(form, "descriptionNl", "Hulp bij huisvesting");
		assertThat(second.status()).isEqualTo(409);
		assertThat(conflict.select(".conflict tbody").text()).contains("Checked office", "Hulp bij huisvesting");
		second.submit(form);
		assertThat(this.jdbc.sql("select name_en, description_en, description_nl from office where slug = ?")
			.param("test-check-edit")
			.query((row, n) -> List.of(row.getString(1), row.getString(2), row.getString(3)))
			.single()).containsExactly("Checked office", "Help with housing", "Hulp bij huisvesting");
	}

	@Test
	void saveAndMarkAsCheckedSavesWhatWasTypedFirstAndMarksNothingThatCannotBeSaved() {
		StaffBrowser browser = createOffice("test-check-typed", "Antenne vérifiée");
		Document form = browser.get("/fr/admin/offices/test-check-typed");
		// Enter in a field presses the form's first button: it saves, and marks nothing.
		assertThat(form.select("#office-form button[type=submit], button[form=office-form]").first().attributes())
			.noneMatch((attribute) -> attribute.getKey().equals("formaction") || attribute.getKey().equals("name"));
		Document refused = browser.press("button[formaction$=/checked]", "descriptionEn", "Typed, then checked",
				"email", "not an address");
		assertThat(browser.status()).isEqualTo(400);
		assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactly("#email");
		assertThat(refused.select("#descriptionEn").text()).isEqualTo("Typed, then checked");
		assertThat(refused.select("form#office-form").attr("data-warn-unsaved")).isEqualTo("changed");
		assertThat(this.jdbc.sql("select checked_at is null from office where slug = 'test-check-typed'")
			.query(Boolean.class)
			.single()).isTrue();

		Document saved = browser.press("button[formaction$=/checked]", "email", "antenne@example.org");
		assertThat(browser.path()).isEqualTo("/fr/admin/offices/test-check-typed");
		assertThat(saved.select("[role=status]").text()).contains("enregistrées", "vérifié");
		assertThat(saved.select("form#office-form").attr("data-warn-unsaved")).isEqualTo("saved");
		assertThat(this.jdbc
			.sql("select description_en || ' ' || email || ' ' || (checked_at is not null) from office where slug = ?")
			.param("test-check-typed")
			.query(String.class)
			.single()).isEqualTo("Typed, then checked antenne@example.org true");
		assertThat(this.jdbc.sql("select action from audit_event where target = ? order by id")
			.param("test-check-typed")
			.query(String.class)
			.list()).endsWith("OFFICE_EDITED", "OFFICE_CHECKED");
	}

	@Test
	void archivingAsksFirstSaysWhatHappensAndKeepsWhatWasTyped() {
		StaffBrowser browser = createOffice("test-archive", "Antenne archivée");
		browser.get("/en/admin/offices/test-archive");
		assertThat(browser.page().select("button[formaction$=/archive]").attr("class")).isEqualTo("warning");
		Document confirmation = browser.press("button[formaction$=/archive]", "descriptionEn", "Typed, not saved");
		assertThat(browser.status()).isEqualTo(200);
		assertThat(confirmation.select("h1").text()).isEqualTo("Archive “Antenne archivée”?");
		assertThat(confirmation.select("main li").text()).contains("410");
		assertThat(confirmation.select(".lead").text()).contains("changes are kept");
		assertThat(this.jdbc.sql("select archived or description_en is not null from office where slug = ?")
			.param("test-archive")
			.query(Boolean.class)
			.single()).as("nothing done, nothing saved yet").isFalse();

		// Going back: the form as typed.
		Document form = browser.get(confirmation.select("a:contains(Cancel)").attr("href"));
		assertThat(form.select("[role=status]").text()).startsWith("Your changes are not saved yet");
		assertThat(form.select("#descriptionEn").text()).isEqualTo("Typed, not saved");
		assertThat(form.select("form#office-form").attr("data-warn-unsaved")).isEqualTo("changed");

		browser.press("button[formaction$=/archive]");
		form = browser.submit("form[action$=/archive/confirmed]");
		assertThat(browser.path()).isEqualTo("/en/admin/offices/test-archive");
		assertThat(form.select("[role=status]").text()).contains("archived", "not saved yet");
		assertThat(form.select("#descriptionEn").text()).isEqualTo("Typed, not saved");
		assertThat(form.select("#published").hasAttr("checked")).isFalse();

		// Saving the kept form now needs no second thought: it starts from the archived
		// office.
		browser.submit("form#office-form");
		assertThat(browser.status()).isEqualTo(200);
		assertThat(this.jdbc.sql("select archived and not published and description_en = ? from office where slug = ?")
			.param("Typed, not saved")
			.param("test-archive")
			.query(Boolean.class)
			.single()).isTrue();
		StaffBrowser resident = new StaffBrowser(this.port);
		resident.get("/fr/offices/test-archive");
		assertThat(resident.status()).isEqualTo(410);

		// Bringing it back asks too; a form unchanged leaves nothing behind.
		browser.get("/en/admin/offices/test-archive");
		confirmation = browser.press("button[formaction$=/unarchive]");
		assertThat(confirmation.select("h1").text()).isEqualTo("Bring “Antenne archivée” back from the archive?");
		assertThat(confirmation.select(".lead")).isEmpty();
		form = browser.submit("form[action$=/unarchive/confirmed]");
		assertThat(form.select("[role=status]").text())
			.isEqualTo("The office is back among current offices. Publish it when it is ready.");
		assertThat(
				this.jdbc.sql("select archived from office where slug = 'test-archive'").query(Boolean.class).single())
			.isFalse();
	}

	@Test
	void restoringARevisionBringsBackTheOldValuesAsANewRevision() {
		StaffBrowser browser = createOffice("test-restore", "Nom d’origine");
		browser.submit("form[action$=/admin/offices/test-restore]", "nameFr", "Nom changé", "phones[0]", "");
		Document history = browser.get("/fr/admin/offices/test-restore/history");
		assertThat(history.select(".revision h2")).hasSize(2);
		assertThat(history.select(".revision").first().select("del").text()).contains("d’origine", "02 503 25 65");
		assertThat(history.select(".revision").first().select("ins").text()).contains("changé");

		browser.submit("form[action$=/history/1/restore]");
		assertThat(browser.path()).isEqualTo("/fr/admin/offices/test-restore/history");
		assertThat(browser.page().select(".revision h2")).hasSize(3);
		assertThat(browser.page().select(".revision").first().text()).contains("1");
		assertThat(this.jdbc.sql("select name_fr from office where slug = 'test-restore'").query(String.class).single())
			.isEqualTo("Nom d’origine");
		assertThat(this.jdbc
			.sql("select kind, restored_from from office_revision r join office o on o.id = r.office_id "
					+ "where o.slug = 'test-restore' order by number desc limit 1")
			.query((row, n) -> row.getString(1) + " " + row.getInt(2))
			.single()).isEqualTo("RESTORED 1");
		assertThat(browser.get("/fr/offices/test-restore").select("a[href^=tel:]").text()).contains("02 503 25 65");
	}

	@Test
	void theHistoryShowsAChangedPhoneWholeAndItsMomentInThePagesLanguageOnAWorkPage() {
		StaffBrowser browser = createOffice("test-history", "Antenne historique");
		browser.submit("form[action$=/admin/offices/test-history]", "phones[0]", "02 503 25 66", "descriptionFr",
				"Aide au logement");
		Document history = browser.get("/fr/admin/offices/test-history/history");
		Element latest = history.selectFirst(".revision");
		assertThat(latest.select("tr:has(th:contains(téléphone)) del").text()).endsWith("02 503 25 65");
		assertThat(latest.select("tr:has(th:contains(téléphone)) ins").text()).endsWith("02 503 25 66");
		assertThat(latest.select("p").first().text()).matches(".*\\d{1,2}(er)? \\p{L}+ \\d{4}, \\d{1,2}\\h+h.*");
		assertThat(history.select("form[action$=/restore] button").attr("class")).isEqualTo("secondary");
		assertThat(history.select("footer").text()).startsWith("Accessibilité").doesNotContain("Données ouvertes");
	}

	@Test
	void aScriptSavedAsOfficeNameAppearsEscapedOnEveryPublicPage() {
		String script = "<script>alert(1)</script>";
		StaffBrowser browser = createOffice("test-script", script);
		browser.submit("form[action$=/admin/offices/test-script]", "nameNl", script, "nameEn", script, "districtFr",
				script, "districtNl", script);
		List<String> showingTheName = List.of("/fr/", "/nl/", "/en/", "/fr/offices/test-script",
				"/nl/offices/test-script", "/en/offices/test-script", "/fr/offices/test-script/report",
				"/fr/offices/test-script/report/sent", "/fr/admin", "/fr/admin/offices/test-script",
				"/fr/admin/offices/test-script/history");
		for (String path : showingTheName) {
			browser.get(path);
			assertThat(browser.body()).as(path)
				.doesNotContain(script)
				.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
		}
		for (String path : List.of("/fr/search?q=script", "/nl/search?q=alert", "/en/nearest?lat=50.8375&lon=4.3467")) {
			browser.get(path);
			assertThat(browser.body()).as(path).doesNotContain(script);
		}
	}

	@Test
	void markingAsCheckedShowsTheDateOnThePublicPageAndTheDashboard() {
		StaffBrowser browser = createOffice("test-checked", "Antenne vérifiée");
		assertThat(browser.get("/fr/admin").select("h2 + ul").text()).contains("Antenne vérifiée");
		browser.get("/fr/admin/offices/test-checked");
		browser.press("button[formaction$=/checked]");
		assertThat(browser.get("/fr/offices/test-checked").select(".checked").text())
			.matches("Informations vérifiées le \\d+ \\p{L}+ \\d{4}\\.");
		assertThat(browser.get("/fr/admin").select("h2 + ul").text()).doesNotContain("Antenne vérifiée");
		assertThat(
				this.jdbc.sql("select checked_by from office where slug = 'test-checked'").query(String.class).single())
			.isEqualTo(StaffBrowser.ADMIN);
	}

	@Test
	void theDashboardSaysWhatEachOfficeLacksAndListsThoseDueForACheckFirst() {
		StaffBrowser browser = createOffice("test-dashboard", "Antenne du tableau");
		Document home = browser.get("/en/admin");
		Element row = home.selectFirst("table.dashboard tr:has(a[href$=/test-dashboard])");
		assertThat(row.select("td")).extracting(Element::text)
			.containsExactly("Published", "Missing", "Missing", "Missing", "Missing", "Never checked");
		assertThat(row.select("td.missing")).hasSize(5);
		assertThat(home.select("h2:contains(6 months) + ul").text()).contains("Antenne du tableau");

		browser.get("/en/admin/offices/test-dashboard");
		browser.press("button[formaction$=/checked]", "email", "antenne@example.org", "languages", "fr",
				"sessions[0].day", "MONDAY", "sessions[0].opens", "09:00", "sessions[0].closes", "12:00",
				"sessions[0].mode", "WALK_IN", "serviceArea",
				this.jdbc.sql("select min(code)::text from neighbourhood").query(String.class).single());
		home = browser.get("/en/admin");
		row = home.selectFirst("table.dashboard tr:has(a[href$=/test-dashboard])");
		assertThat(row.select("td")).extracting(Element::text)
			.containsExactly("Published", "Yes", "Yes", "Yes", "Yes",
					DateText.day(LocalDate.now(ZoneId.of("Europe/Brussels")), Locale.ENGLISH));
		assertThat(row.select("td.missing")).isEmpty();
		assertThat(home.select("h2:contains(6 months) + ul").text()).doesNotContain("Antenne du tableau");
		// Checked today, it comes after every office due for a check.
		List<Element> rows = home.select("table.dashboard tbody tr");
		assertThat(rows.subList(rows.indexOf(row), rows.size()))
			.allSatisfy((after) -> assertThat(after.select("td").last().hasClass("missing")).isFalse());
	}

	@Test
	void unpublishedAndArchivedOfficesDisappearFromPublicPages() {
		StaffBrowser browser = createOffice("test-hidden", "Antenne cachée");
		browser.submit("form[action$=/admin/offices/test-hidden]", "published", "false");
		browser.get("/fr/offices/test-hidden");
		assertThat(browser.status()).isEqualTo(404);
		assertThat(browser.get("/fr/search?q=cachée").text()).doesNotContain("Antenne cachée");
		assertThat(browser.get("/fr/offices.geojson").text()).doesNotContain("test-hidden");
		browser.get("/fr/offices/test-hidden/closures.ics");
		assertThat(browser.status()).isEqualTo(404);

		browser.get("/fr/admin/offices/test-hidden");
		browser.press("button[formaction$=/archive]");
		browser.submit("form[action$=/archive/confirmed]");
		assertThat(browser.get("/fr/admin").select("h2:contains(archiv) + ul").text()).contains("Antenne cachée");
		assertThat(this.jdbc.sql("select archived and not published from office where slug = 'test-hidden'")
			.query(Boolean.class)
			.single()).isTrue();
	}

}
