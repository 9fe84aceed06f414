package be.brussels.mediation;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.catalina.Context;
import org.apache.catalina.Manager;
import org.apache.catalina.Session;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ApplicationContext;

/**
 * The running server's sessions, as Tomcat holds them: how many there are, and a way to
 * end one as if it had timed out.
 */
public final class TomcatSessions {

	private TomcatSessions() {
	}

	public static int active(ApplicationContext context) {
		return manager(context).getActiveSessions();
	}

	/**
	 * Ends a session as 30 minutes without a request would.
	 */
	public static void expire(ApplicationContext context, String id) {
		try {
			Session session = manager(context).findSession(id);
			if (session == null) {
				throw new IllegalStateException("No session " + id);
			}
			session.expire();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static Manager manager(ApplicationContext context) {
		TomcatWebServer server = (TomcatWebServer) ((ServletWebServerApplicationContext) context).getWebServer();
		return ((Context) server.getTomcat().getHost().findChildren()[0]).getManager();
	}

}
