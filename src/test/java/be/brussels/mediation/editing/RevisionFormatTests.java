package be.brussels.mediation.editing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Revisions keep the office's content in a numbered format: one stored in the previous
 * format is brought up to date by its migration and restores every value.
 */
@SiteTest
class RevisionFormatTests {

	/**
	 * A revision as format 1 stored it (before V18): no format number, the office's
	 * address inside, every field filled.
	 */
	private static final String FORMAT_1 = """
			{"slug": "test-format", "districtFr": "Quartier ancien", "districtNl": "Oude wijk",
			 "districtEn": "Old district", "nameFr": "Antenne ancienne", "nameNl": "Oud kantoor",
			 "nameEn": "Old office", "descriptionFr": "Aide au logement", "descriptionNl": "Hulp bij huisvesting",
			 "descriptionEn": "Help with housing", "streetFr": "Rue Haute", "streetNl": "Hoogstraat",
			 "number": "298A", "postalCode": "1000", "localityFr": "Bruxelles", "localityNl": "Brussel",
			 "latitude": "50.836001", "longitude": "4.346002", "approximate": false,
			 "phones": ["02 279 22 10", "0499 53 74 81"],
			 "sessions": [{"day": "TUESDAY", "opens": "09:00", "closes": "12:00", "mode": "APPOINTMENT"}],
			 "exceptions": [{"firstDay": "2030-12-24", "lastDay": "2030-12-26", "kind": "HOURS", "opens": "10:00",
			   "closes": "11:00", "reasonFr": "Fêtes", "reasonNl": "Feestdagen", "reasonEn": "Holidays"}],
			 "notices": [{"visibleFrom": "2030-01-01", "visibleUntil": "2030-01-31", "textFr": "Avis",
			   "textNl": "Bericht", "textEn": "Notice"}],
			 "email": "ancien@example.org", "website": "https://example.org/ancien", "languages": ["fr", "nl"],
			 "accessibility": "STEP_FREE", "accessibilityNoteFr": "Rampe", "accessibilityNoteNl": "Helling",
			 "accessibilityNoteEn": "Ramp", "serviceArea": [%d], "published": false}""";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeTheOffice() {
		this.jdbc.sql("delete from office where slug = 'test-format'").update();
	}

	@Test
	void aRevisionStoredInThePreviousFormatIsMigratedAndRestoresEveryValue() throws IOException {
		StaffBrowser browser = StaffBrowser.administrator(this.port, getClass());
		browser.get("/en/admin/offices/new");
		browser.submit("form[action$=/admin/offices]", "slug", "test-format", "districtFr", "Neuf", "districtNl",
				"Nieuw", "nameFr", "Antenne neuve", "nameNl", "Nieuw kantoor", "streetFr", "Rue des Renards",
				"streetNl", "Vossenstraat", "number", "10", "postalCode", "1000", "localityFr", "Bruxelles",
				"localityNl", "Brussel", "latitude", "50.8375", "longitude", "4.3467", "published", "true");
		int neighbourhood = this.jdbc.sql("select min(code) from neighbourhood").query(Integer.class).single();
		this.jdbc.sql("""
				insert into office_revision (office_id, number, kind, office_version, author, content)
				select id, 99, 'EDITED', version, 'Format 1', cast(:content as jsonb) from office
				where slug = 'test-format'""").param("content", FORMAT_1.formatted(neighbourhood)).update();

		String migration = new ClassPathResource("db/migration/V18__revision_content_format_2.sql")
			.getContentAsString(StandardCharsets.UTF_8);
		this.jdbc.sql(migration).update();
		assertThat(this.jdbc
			.sql("select content ->> 'schema' || ' ' || (content -> 'slug' is not null) from office_revision"
					+ " where number = 99 and author = 'Format 1'")
			.query(String.class)
			.single()).isEqualTo("2 false");

		// A change since, so that the old revision is not the current one.
		browser.get("/en/admin/offices/test-format");
		browser.submit("form[action$=/admin/offices/test-format]", "nameEn", "Changed since");
		Document history = browser.get("/en/admin/offices/test-format/history");
		assertThat(history.select(".revision").get(1).text()).contains("Format 1");
		browser.submit("form[action$=/history/99/restore]");
		assertThat(browser.path()).isEqualTo("/en/admin/offices/test-format/history");

		Document form = browser.get("/en/admin/offices/test-format");
		for (String field : List.of("districtFr", "districtNl", "districtEn", "nameFr", "nameNl", "nameEn", "streetFr",
				"streetNl", "number", "postalCode", "localityFr", "localityNl", "latitude", "longitude", "email",
				"website", "accessibilityNoteFr", "accessibilityNoteNl", "accessibilityNoteEn", "sessions0.opens",
				"sessions0.closes", "exceptions0.firstDay", "exceptions0.lastDay", "exceptions0.opens",
				"exceptions0.closes", "exceptions0.reasonFr", "exceptions0.reasonNl", "exceptions0.reasonEn",
				"notices0.visibleFrom", "notices0.visibleUntil", "notices0.textFr", "notices0.textNl",
				"notices0.textEn")) {
			String key = field.replaceAll("\\d", "").replaceFirst("^.*\\.", "");
			assertThat(FORMAT_1).as(field).contains("\"" + key + "\": \"" + form.getElementById(field).val() + "\"");
		}
		for (String description : List.of("descriptionFr", "descriptionNl", "descriptionEn")) {
			assertThat(FORMAT_1).as(description)
				.contains("\"" + description + "\": \"" + form.getElementById(description).text() + "\"");
		}
		assertThat(List.of(form.getElementById("phones0").val(), form.getElementById("phones1").val()))
			.containsExactly("02 279 22 10", "0499 53 74 81");
		assertThat(form.select("#sessions0\\.day option[selected]").val()).isEqualTo("TUESDAY");
		assertThat(form.select("#sessions0\\.mode option[selected]").val()).isEqualTo("APPOINTMENT");
		assertThat(form.select("#exceptions0\\.kind option[selected]").val()).isEqualTo("HOURS");
		assertThat(form.select("input[name=languages][checked]").eachAttr("value")).containsExactly("fr", "nl");
		assertThat(form.select("input[name=accessibility][checked]").val()).isEqualTo("STEP_FREE");
		assertThat(form.select("input[name=serviceArea][checked]").eachAttr("value"))
			.containsExactly(String.valueOf(neighbourhood));
		assertThat(form.select("input[name=approximate]").hasAttr("checked")).isFalse();
		assertThat(form.select("input[name=published]").hasAttr("checked")).isFalse();
	}

	@Test
	void everyStoredRevisionIsInTheCurrentFormat() {
		assertThat(this.jdbc
			.sql("select count(*) from office_revision where coalesce((content ->> 'schema')::int, 1) <> ?")
			.param(OfficeForm.SCHEMA)
			.query(Long.class)
			.single()).isZero();
	}

}
