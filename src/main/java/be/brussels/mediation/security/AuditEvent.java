package be.brussels.mediation.security;

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

	AuditEvent(String actor, String action, String target, String address) {
		this.actor = actor;
		this.action = action;
		this.target = target;
		this.address = address;
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

}
