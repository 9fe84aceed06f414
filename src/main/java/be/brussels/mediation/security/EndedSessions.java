package be.brussels.mediation.security;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.security.web.session.HttpSessionDestroyedEvent;
import org.springframework.stereotype.Component;

/**
 * The staff sessions that ended lately (timed out, signed out), by id, so that a form
 * sent from one of them can be kept for its author: only such a request shows that it
 * comes from the browser of someone who was signed in. Bounded in number and time.
 */
@Component
class EndedSessions {

	private final Cache<String, Boolean> ended = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofHours(24))
		.build();

	@EventListener
	void sessionEnded(HttpSessionDestroyedEvent event) {
		boolean signedIn = event.getSecurityContexts()
			.stream()
			.anyMatch(
					(context) -> context.getAuthentication() != null && context.getAuthentication().isAuthenticated());
		if (signedIn) {
			this.ended.put(event.getId(), Boolean.TRUE);
		}
	}

	/**
	 * Whether the session of that id was a signed-in one that ended; it counts once.
	 */
	boolean take(String sessionId) {
		return sessionId != null && this.ended.asMap().remove(sessionId) != null;
	}

}
