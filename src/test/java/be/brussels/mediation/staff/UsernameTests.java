package be.brussels.mediation.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One form of a user name, for sign-in, the throttle, accounts and the audit log.
 */
class UsernameTests {

	@Test
	void spacesAroundAndCapitalsMakeTheSameName() {
		assertThat(StaffAccount.normaliseUsername("  J.Dupont ")).hasValue("j.dupont");
		assertThat(StaffAccount.normaliseUsername("\u2003j.dupont\u00a0")).hasValue("j.dupont");
	}

	@Test
	void controlOrInvisibleCharactersAndOverlongNamesAreNoName() {
		assertThat(StaffAccount.normaliseUsername("victim\u0001")).isEmpty();
		assertThat(StaffAccount.normaliseUsername("\u0000victim")).isEmpty();
		assertThat(StaffAccount.normaliseUsername("vic\u200btim")).isEmpty();
		assertThat(StaffAccount.normaliseUsername("x".repeat(61))).isEmpty();
		assertThat(StaffAccount.normaliseUsername("   ")).isEmpty();
		assertThat(StaffAccount.normaliseUsername(null)).isEmpty();
		assertThat(StaffAccount.normaliseUsername("x".repeat(60))).hasValue("x".repeat(60));
	}

}
