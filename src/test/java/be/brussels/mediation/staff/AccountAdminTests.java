package be.brussels.mediation.staff;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@SiteTest
class AccountAdminTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theFirstAdministratorComesFromTheEnvironmentWithAHashedPassword() {
		assertThat(this.jdbc.sql("select role || ' ' || left(password_hash, 8) from staff_account where username = ?")
			.param(StaffBrowser.ADMIN)
			.query(String.class)
			.single()).isEqualTo("ADMIN {bcrypt}");
	}

	@Test
	void anAdministratorCreatesAnEditorWhosePasswordMustBeLongAndUncommon() {
		StaffBrowser admin = StaffBrowser.administrator(this.port, getClass());
		admin.get("/en/admin/accounts/new");
		String senne = this.jdbc.sql("select id from office where slug = 'senne'").query(String.class).single();
		Document refused = admin.submit("form[action$=/admin/accounts]", "username", "m.peeters", "displayName",
				"Marie Peeters", "role", "EDITOR", "officeIds", senne, "password", "password1234");
		assertThat(admin.status()).isEqualTo(400);
		assertThat(refused.select(".error-summary a").attr("href")).isEqualTo("#password");
		assertThat(refused.select("#password-error").text()).contains("too easy to guess");
		assertThat(refused.select("input#password").val()).isEmpty();
		assertThat(refused.select("input[name=officeIds][value=" + senne + "]").hasAttr("checked")).isTrue();

		admin.submit("form[action$=/admin/accounts]", "password", "short");
		assertThat(admin.page().select("#password-error").text()).contains("at least 12 characters");

		admin.submit("form[action$=/admin/accounts]", "password", "marble-cactus-violin-88");
		assertThat(admin.path()).isEqualTo("/en/admin/accounts");
		assertThat(admin.page().select("tbody").text()).contains("m.peeters", "Marie Peeters");

		StaffBrowser editor = new StaffBrowser(this.port);
		Document home = editor.signIn("m.peeters", "marble-cactus-violin-88");
		assertThat(home.select("table th[scope=row] a")).extracting((link) -> link.attr("href"))
			.containsExactly("/fr/admin/offices/senne");
	}

	@Test
	void anAccountGetsOnlyOfficesThatExistAndItsPasswordAsTyped() {
		StaffBrowser admin = StaffBrowser.administrator(this.port, getClass());
		admin.get("/en/admin/accounts/new");
		admin.submit("form[action$=/admin/accounts]", "username", "j.janssens", "displayName", "Jan Janssens", "role",
				"EDITOR", "officeIds", "999999", "password", "  bright otter meadow 61  ");
		assertThat(admin.status()).isEqualTo(400);
		assertThat(admin.page().select(".error-summary a").attr("href")).isEqualTo("#officeIds");

		admin.submit("form[action$=/admin/accounts]", "officeIds", "", "password", "  bright otter meadow 61  ");
		assertThat(admin.path()).isEqualTo("/en/admin/accounts");
		StaffBrowser editor = new StaffBrowser(this.port);
		editor.signIn("j.janssens", "bright otter meadow 61");
		assertThat(editor.path()).isEqualTo("/fr/admin/login?error");
		editor.signIn("j.janssens", "  bright otter meadow 61  ");
		assertThat(editor.path()).isEqualTo("/fr/admin");

		admin.get("/en/admin/accounts/j.janssens");
		admin.submit("form[action$=/admin/accounts/j.janssens]", "role", "ADMIN", "enabled", "false");
		assertThat(admin.get("/en/admin/audit").select("tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("Changed an account's role", "j.janssens: EDITOR > ADMIN"))
			.anySatisfy((row) -> assertThat(row).contains("Disabled an account", "j.janssens"));
	}

	@Test
	void anAdministratorCannotRemoveTheirOwnRole() {
		StaffBrowser admin = StaffBrowser.administrator(this.port, getClass());
		admin.get("/fr/admin/accounts/" + StaffBrowser.ADMIN);
		admin.submit("form[action$=/admin/accounts/" + StaffBrowser.ADMIN + "]", "role", "EDITOR");
		assertThat(admin.status()).isEqualTo(400);
		assertThat(admin.page().select(".error-summary a").attr("href")).isEqualTo("#role");
		assertThat(this.jdbc.sql("select role from staff_account where username = ?")
			.param(StaffBrowser.ADMIN)
			.query(String.class)
			.single()).isEqualTo("ADMIN");
	}

}
