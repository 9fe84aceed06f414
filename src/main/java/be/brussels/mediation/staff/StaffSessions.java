package be.brussels.mediation.staff;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;

/**
 * Whether a staff session still holds: it ends when its account is disabled, gets another
 * role or another password, whoever changed it, so that a lost or shared password stops
 * working everywhere once it is reset.
 */
public final class StaffSessions {

	private static final String PASSWORD_STAMP = StaffSessions.class.getName() + ".passwordStamp";

	private StaffSessions() {
	}

	/**
	 * Notes, at sign-in or when its holder changes their own password, which password the
	 * session holds.
	 */
	public static void opened(HttpServletRequest request, StaffAccount account) {
		request.getSession().setAttribute(PASSWORD_STAMP, passwordStamp(account));
	}

	/**
	 * Whether the signed-in member of staff may go on with this session.
	 */
	public static boolean holds(Authentication user, StaffAccount account, HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		boolean sameRole = user.getAuthorities()
			.stream()
			.anyMatch((authority) -> authority.getAuthority().equals("ROLE_" + account.getRole()));
		return account.isEnabled() && sameRole && session != null
				&& passwordStamp(account).equals(session.getAttribute(PASSWORD_STAMP));
	}

	/**
	 * A digest of the password's hash: it changes with the password, and the session
	 * holds no hash that could be tried against.
	 */
	private static String passwordStamp(StaffAccount account) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest(account.getPasswordHash().getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java platform has SHA-256", ex);
		}
	}

}
