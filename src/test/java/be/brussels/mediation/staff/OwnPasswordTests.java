package be.brussels.mediation.staff;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A member of staff changes their own password.
 */
@SiteTest
class OwnPasswordTests {

	private static final String EDITOR = "j.janssens";

	private static final String PASSWORD = "lantern-orchard-pebble-17";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	StaffAccounts staff;

	@BeforeEach
	void createEditor() {
		this.jdbc
			.sql("insert into staff_account (username, display_name, password_hash, role) values (?, ?, ?, 'EDITOR')")
			.params(EDITOR, "Jan Janssens", this.staff.hash(PASSWORD))
			.update();
	}

	@AfterEach
	void removeEditor() {
		this.jdbc.sql("delete from staff_account where username = ?").param(EDITOR).update();
		this.jdbc.sql("delete from audit_event where actor = ? or target = ?").params(EDITOR, EDITOR).update();
		this.jdbc.sql("delete from throttle_bucket where id like ?").param("own-password%").update();
	}

	@Test
	void anEditorChangesTheirOwnPasswordWithTheCurrentOneEndingTheirOtherSessions() {
		StaffBrowser editor = new StaffBrowser(this.port);
		Document home = editor.signIn(EDITOR, PASSWORD);
		StaffBrowser otherSession = new StaffBrowser(this.port);
		otherSession.signIn(EDITOR, PASSWORD);
		assertThat(home.select("nav a[href=/fr/admin/password]").text()).isEqualTo("Mon mot de passe");
		editor.get("/en/admin/password");
		editor.submit("form[action$=/admin/password]", "currentPassword", PASSWORD, "newPassword",
				"copper-meadow-violin-93", "confirmation", "copper-meadow-violin-93");
		assertThat(editor.path()).isEqualTo("/en/admin");
		assertThat(editor.page().select(".notice").text()).isEqualTo("Your password is changed.");
		assertThat(this.jdbc.sql("select count(*) from audit_event where actor = ? and action = 'OWN_PASSWORD_CHANGED'")
			.param(EDITOR)
			.query(Long.class)
			.single()).isEqualTo(1);
		// This session goes on, the other one ends; the new password signs in, the old
		// one no more.
		editor.get("/en/admin/password");
		assertThat(editor.path()).isEqualTo("/en/admin/password");
		otherSession.get("/en/admin/password");
		assertThat(otherSession.status()).isEqualTo(403);
		otherSession.get("/en/admin/password");
		assertThat(otherSession.path()).isEqualTo("/en/admin/login");
		StaffBrowser elsewhere = new StaffBrowser(this.port);
		elsewhere.signIn(EDITOR, "copper-meadow-violin-93");
		assertThat(elsewhere.path()).isEqualTo("/fr/admin");
		StaffBrowser old = new StaffBrowser(this.port);
		old.signIn(EDITOR, PASSWORD);
		assertThat(old.path()).isNotEqualTo("/fr/admin");
	}

	@Test
	void anAccountWhosePasswordAnAdministratorSetChoosesItsOwnBeforeAnythingElse() {
		StaffBrowser admin = new StaffBrowser(this.port);
		admin.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		admin.get("/en/admin/accounts/" + EDITOR);
		admin.submit("form[action$=/admin/accounts/" + EDITOR + "]", "password", "given-by-admin-tulip-55");
		assertThat(admin.path()).isEqualTo("/en/admin/accounts");

		StaffBrowser editor = new StaffBrowser(this.port);
		Document first = editor.signIn(EDITOR, "given-by-admin-tulip-55");
		assertThat(editor.path()).isEqualTo("/fr/admin/password");
		assertThat(first.select("main .lead").text()).startsWith("Un administrateur a défini votre mot de passe.");
		editor.get("/en/admin/offices/marolles");
		assertThat(editor.path()).isEqualTo("/en/admin/password");
		editor.submit("form[action$=/admin/password]", "currentPassword", "given-by-admin-tulip-55", "newPassword",
				"quartz-willow-harbor-61", "confirmation", "quartz-willow-harbor-61");
		assertThat(editor.path()).isEqualTo("/en/admin");
		editor.get("/en/admin/reports");
		assertThat(editor.path()).isEqualTo("/en/admin/reports");
	}

	@Test
	void refusesAWrongCurrentPasswordAWeakOneAndTwoThatDifferSayingWhereInFieldOrder() {
		StaffBrowser editor = new StaffBrowser(this.port);
		editor.signIn(EDITOR, PASSWORD);
		editor.get("/en/admin/password");
		Document refused = editor.submit("form[action$=/admin/password]", "currentPassword", "not-my-password",
				"newPassword", "password1234", "confirmation", "password1234");
		assertThat(editor.status()).isEqualTo(400);
		assertThat(refused.title()).startsWith("Error: ");
		assertThat(refused.select(".error-summary a").eachAttr("href")).containsExactly("#currentPassword",
				"#newPassword");
		assertThat(refused.select("#newPassword-error").text()).contains("too easy to guess");
		assertThat(refused.select("input[type=password]").eachAttr("value")).allMatch(String::isEmpty);

		// Crafted values: past what bcrypt reads, a control character; refused, never a
		// server error.
		editor.submit("form[action$=/admin/password]", "currentPassword", "x".repeat(500), "newPassword",
				"y".repeat(500), "confirmation", "y".repeat(500));
		assertThat(editor.status()).isEqualTo(400);
		assertThat(editor.page().select("#newPassword-error").text()).contains("at most");
		editor.submit("form[action$=/admin/password]", "currentPassword", "\u0000", "newPassword",
				"copper\u0007meadow-violin-93", "confirmation", "copper\u0007meadow-violin-93");
		assertThat(editor.status()).isEqualTo(400);

		Document mismatch = editor.submit("form[action$=/admin/password]", "currentPassword", PASSWORD, "newPassword",
				"copper-meadow-violin-93", "confirmation", "copper-meadow-violin-39");
		assertThat(mismatch.select("#confirmation-error").text()).contains("Type the same new password twice.");
		for (int guess = 0; guess < 5; guess++) {
			editor.submit("form[action$=/admin/password]", "currentPassword", "guess-" + guess, "newPassword",
					"copper-meadow-violin-93", "confirmation", "copper-meadow-violin-93");
		}
		assertThat(editor.page().select("#currentPassword-error").text()).contains("Too many tries");
		StaffBrowser again = new StaffBrowser(this.port);
		again.signIn(EDITOR, PASSWORD);
		assertThat(again.path()).isEqualTo("/fr/admin");
	}

}
