package be.brussels.mediation.editing;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One saved state of an office: who saved it, when, and the whole office as an
 * {@link OfficeForm} in JSON.
 */
@Entity
class OfficeRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private Long officeId;

	private int number;

	@Enumerated(EnumType.STRING)
	private Kind kind;

	private Integer restoredFrom;

	/**
	 * The office's version once this revision was saved: the state a form opened at that
	 * version started from.
	 */
	private long officeVersion;

	private String author;

	@CreationTimestamp
	private Instant createdAt;

	@JdbcTypeCode(SqlTypes.JSON)
	private String content;

	protected OfficeRevision() {
	}

	OfficeRevision(Long officeId, int number, Kind kind, Integer restoredFrom, long officeVersion, String author,
			String content) {
		this.officeId = officeId;
		this.number = number;
		this.kind = kind;
		this.restoredFrom = restoredFrom;
		this.officeVersion = officeVersion;
		this.author = author;
		this.content = content;
	}

	public int getNumber() {
		return this.number;
	}

	public Kind getKind() {
		return this.kind;
	}

	public Integer getRestoredFrom() {
		return this.restoredFrom;
	}

	public long getOfficeVersion() {
		return this.officeVersion;
	}

	public String getAuthor() {
		return this.author;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public String getContent() {
		return this.content;
	}

	/**
	 * Why a revision was made.
	 */
	enum Kind {

		/**
		 * Staff created the office.
		 */
		CREATED,

		/**
		 * The office as it was before its first change here (loaded by a migration).
		 */
		BASELINE, EDITED, RESTORED, ARCHIVED, UNARCHIVED

	}

}
