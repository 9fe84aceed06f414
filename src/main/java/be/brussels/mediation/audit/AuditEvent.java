package be.brussels.mediation.audit;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.CreationTimestamp;

/**
 * One line of the audit log: who did what, to what, from which address.
 */
@Entity
public class AuditEvent {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@CreationTimestamp
	private Instant createdAt;

	private String actor;

	private String action;

	private String target;

	private String address;

	protected AuditEvent() {
	}

	/**
	 * An event, each text cut to fit its column: what is recorded must never fail, or the
	 * sign-in it follows would fail with it.
	 */
	AuditEvent(String actor, String action, String target, String address) {
		this.actor = cut(actor, 100);
		this.action = action;
		this.target = cut(target, 200);
		// An address as a proxy on a private network forwarded it, which it may not
		// check.
		this.address = cut(address, 45);
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getActor() {
		return this.actor;
	}

	public String getAction() {
		return this.action;
	}

	public String getTarget() {
		return this.target;
	}

	public String getAddress() {
		return this.address;
	}

	private static String cut(String text, int length) {
		return (text != null && text.length() > length) ? text.substring(0, length) : text;
	}

}
