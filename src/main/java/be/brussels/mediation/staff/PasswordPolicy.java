package be.brussels.mediation.staff;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.validation.Errors;

/**
 * What a staff password must be: at least 12 characters, at most the 72 bytes (in UTF-8)
 * that bcrypt reads, and not easy to guess. zxcvbn scores a password against lists of
 * common passwords, names and words, and against patterns such as keyboard rows, repeats
 * and dates; we refuse scores below 3 ("safely unguessable" for an online attack).
 */
public final class PasswordPolicy {

	public static final int MINIMUM_LENGTH = 12;

	/** bcrypt reads no more of a password than this, and refuses a longer one. */
	public static final int MAXIMUM_BYTES = 72;

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
		if (password.getBytes(StandardCharsets.UTF_8).length > MAXIMUM_BYTES) {
			return Optional.of("password.tooLong");
		}
		if (zxcvbn.measure(password).getScore() < 3) {
			return Optional.of("password.common");
		}
		return Optional.empty();
	}

	/**
	 * Rejects the form's field, with the message that says why, when the policy refuses
	 * the password typed in it (none counts as too short).
	 */
	public static void rejectIfRefused(String password, Errors errors, String field) {
		problem(password).ifPresent(
				(problem) -> errors.rejectValue(field, problem, new Object[] { MINIMUM_LENGTH, MAXIMUM_BYTES }, null));
	}

}
