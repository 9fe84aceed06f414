package be.brussels.mediation;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The staff sessions as the database holds them (Spring Session JDBC): how many there
 * are, and a way to end one as if it had timed out.
 */
public final class StoredSessions {

	private StoredSessions() {
	}

	public static int count(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from spring_session").query(Integer.class).single();
	}

	/**
	 * Ends a session as 30 minutes without a request would.
	 * @param id the session's id ({@link StaffBrowser#sessionId()})
	 */
	public static void expire(JdbcClient jdbc, String id) {
		int updated = jdbc.sql("update spring_session set last_access_time = 0, expiry_time = 0 where session_id = ?")
			.param(id)
			.update();
		if (updated != 1) {
			throw new IllegalStateException("No session " + id);
		}
	}

	/** The session id that a session cookie's value stands for. */
	public static String idInCookie(String cookieValue) {
		return new String(Base64.getDecoder().decode(cookieValue), StandardCharsets.UTF_8);
	}

	/** The session cookie's value for a session id. */
	public static String cookieFor(String id) {
		return Base64.getEncoder().encodeToString(id.getBytes(StandardCharsets.UTF_8));
	}

}
