package be.brussels.mediation.security;

import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a staff password must be: at least 12 characters and not easy to guess. zxcvbn
 * scores a password against lists of common passwords, names and words, and against
 * patterns such as keyboard rows, repeats and dates; we refuse scores below 3 ("safely
 * unguessable" for an online attack).
 */
public final class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	public static final int MAXIMUM_LENGTH = 128;

	private static final Zxcvbn zxcvbn = new Zxcvbn();

	private PasswordPolicy() {
	}

	/**
	 * The message key that says why the password is refused, or empty when it is
	 * accepted.
	 */
	public static Optional<String> problem(String password) {
		if (password == null || password.length() < MINIMUM_LENGTH) {
			return Optional.of("password.tooShort");
		}
		if (password.length() > MAXIMUM_LENGTH) {
			return Optional.of("password.tooLong");
		}
		if (zxcvbn.measure(password).getScore() < 3) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

}
