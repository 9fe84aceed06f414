package be.brussels.mediation.security;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.stereotype.Component;

/**
 * The staff sessions that ended lately (timed out, signed out, ended by a change of their
 * account), by id, so that a form sent from one of them can be kept for its author: only
 * such a request shows that it comes from the browser of someone who was signed in. The
 * database writes them down as it deletes a signed-in session, whichever instance of the
 * application deleted it ({@code V13__staff_sessions.sql}); they are kept a day.
 */
@Component
class EndedSessions {

	private final JdbcClient jdbc;

	private final JdbcIndexedSessionRepository sessions;

	EndedSessions(JdbcClient jdbc, JdbcIndexedSessionRepository sessions) {
		this.jdbc = jdbc;
		this.sessions = sessions;
	}

	/**
	 * Whether the session of that id was a signed-in one that ended; it counts once.
	 */
	boolean take(String sessionId) {
		return sessionId != null && this.jdbc
			.sql("delete from ended_staff_session where session_id = :id and ended_at > now() - interval '1 day'")
			.param("id", sessionId)
			.update() > 0;
	}

	/**
	 * Deletes the sessions that expired (which writes them down as ended), and forgets
	 * those that ended more than a day ago: every minute, on one instance at a time.
	 */
	@Scheduled(cron = "0 * * * * *")
	@SchedulerLock(name = "ended-sessions", lockAtMostFor = "PT50S", lockAtLeastFor = "PT50S")
	void clear() {
		this.sessions.cleanUpExpiredSessions();
		this.jdbc.sql("delete from ended_staff_session where ended_at <= now() - interval '1 day'").update();
	}

}
