package be.brussels.mediation.staff;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	@Test
	void refusesShortPasswords() {
		assertThat(PasswordPolicy.problem("Xq7#pLm2")).contains("password.tooShort");
		assertThat(PasswordPolicy.problem(null)).contains("password.tooShort");
	}

	@Test
	void refusesCommonPasswordsAndPatternsEvenWhenLongEnough() {
		assertThat(PasswordPolicy.problem("password1234")).contains("password.common");
		assertThat(PasswordPolicy.problem("qwertyuiop123")).contains("password.common");
		assertThat(PasswordPolicy.problem("abcdefghijklmnop")).contains("password.common");
		assertThat(PasswordPolicy.problem("111111111111")).contains("password.common");
	}

	@Test
	void acceptsAFewUnrelatedWords() {
		assertThat(PasswordPolicy.problem("marble-cactus-violin-88")).isEmpty();
		assertThat(PasswordPolicy.problem("tulipe ardoise fanfare")).isEmpty();
	}

	@Test
	void refusesPasswordsLongerThanTheHashCanHoldCountedInBytes() {
		assertThat(PasswordPolicy.problem("tulipe ardoise fanfare ".repeat(6))).contains("password.tooLong");
		// 72 letters without accents are 72 bytes; 40 accented letters are 80.
		assertThat(PasswordPolicy.problem("tulipe-ardoise-fanfare-".repeat(3) + "xyz")).isEmpty();
		assertThat(PasswordPolicy.problem("été-" + "é".repeat(36))).contains("password.tooLong");
	}

}
