package be.brussels.mediation.audit;

import java.time.Duration;
import java.util.Objects;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records sign-ins (successful or not), sign-outs and every change staff make.
 */
@Service
public class AuditLog {

	private final AuditEventRepository events;

	private final Cache<String, Boolean> recentlyThrottled = Caffeine.newBuilder()
		.maximumSize(10_000)
		.expireAfterWrite(Duration.ofMinutes(1))
		.build();

	/** The actor of what the site does by itself. */
	public static final String SITE = "(site)";

	AuditLog(AuditEventRepository events) {
		this.events = events;
	}

	/**
	 * Records an action of the member of staff who is signed in, within the transaction
	 * of the change itself.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void record(String action, String target) {
		Authentication user = SecurityContextHolder.getContext().getAuthentication();
		this.events.save(new AuditEvent(user.getName(), action, target, currentAddress()));
	}

	/**
	 * Records what the site did by itself (scheduled work), within its transaction.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordBySite(String action, String target) {
		this.events.save(new AuditEvent(SITE, action, target, null));
	}

	@EventListener
	@Transactional
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		this.events.save(
				new AuditEvent(event.getAuthentication().getName(), "LOGIN", null, address(event.getAuthentication())));
	}

	@EventListener
	@Transactional
	void signInFailed(AbstractAuthenticationFailureEvent event) {
		this.events.save(new AuditEvent(Objects.requireNonNullElse(event.getAuthentication().getName(), ""),
				"LOGIN_FAILED", null, address(event.getAuthentication())));
	}

	@EventListener
	@Transactional
	void signedOut(LogoutSuccessEvent event) {
		this.events.save(new AuditEvent(event.getAuthentication().getName(), "LOGOUT", null, currentAddress()));
	}

	/**
	 * Records an attempt to sign in that was refused before checking the password: once a
	 * minute for an account and address, however many a client sends.
	 */
	@Transactional
	public void throttled(String username, String address) {
		String name = Objects.requireNonNullElse(username, "");
		if (this.recentlyThrottled.asMap().putIfAbsent(name + " " + address, Boolean.TRUE) == null) {
			this.events.save(new AuditEvent(name, "LOGIN_THROTTLED", null, address));
		}
	}

	/**
	 * Records a request refused to the member of staff signed in.
	 */
	@Transactional
	public void refused(String username, String path, String address) {
		this.events.save(new AuditEvent(Objects.requireNonNullElse(username, ""), "REFUSED", path, address));
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: currentAddress();
	}

	private static String currentAddress() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest().getRemoteAddr() : null;
	}

}
