package be.brussels.mediation.office;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A resident's report that an office's details are wrong, for staff to handle.
 */
@Entity
public class ProblemReport {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY)
	private Office office;

	@Enumerated(EnumType.STRING)
	private Topic topic;

	private String message;

	private String email;

	private String language;

	@Enumerated(EnumType.STRING)
	private Status status = Status.NEW;

	@Version
	private long version;

	@CreationTimestamp
	private Instant createdAt;

	@UpdateTimestamp
	private Instant updatedAt;

	protected ProblemReport() {
	}

	ProblemReport(Office office, Topic topic, String message, String email, String language) {
		this.office = office;
		this.topic = topic;
		this.message = message;
		this.email = email;
		this.language = language;
	}

	public Long getId() {
		return this.id;
	}

	public Office getOffice() {
		return this.office;
	}

	public Topic getTopic() {
		return this.topic;
	}

	public String getMessage() {
		return this.message;
	}

	public String getEmail() {
		return this.email;
	}

	/**
	 * The language of the page the report was sent from, to answer in it.
	 */
	public String getLanguage() {
		return this.language;
	}

	public Status getStatus() {
		return this.status;
	}

	public void setStatus(Status status) {
		this.status = status;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	/**
	 * What is wrong, as the resident sees it.
	 */
	public enum Topic {

		WRONG_PHONE, WRONG_ADDRESS, CLOSED_OR_MOVED, ACCESSIBILITY, OTHER

	}

	/**
	 * Where staff are with a report.
	 */
	public enum Status {

		NEW, IN_PROGRESS, DONE

	}

}
