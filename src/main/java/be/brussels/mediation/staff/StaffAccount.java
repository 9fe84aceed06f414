package be.brussels.mediation.staff;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import be.brussels.mediation.office.Office;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import org.hibernate.annotations.CreationTimestamp;

/**
 * A member of City staff who signs in to keep the office entries right.
 */
@Entity
public class StaffAccount {

	/**
	 * What a user name may be: 3 to 60 lower-case letters, digits, dots, dashes or
	 * underscores.
	 */
	public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]{2,59}";

	private static final int USERNAME_MAX_LENGTH = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String username;

	private String displayName;

	private String passwordHash;

	@Enumerated(EnumType.STRING)
	private Role role;

	private boolean enabled = true;

	/** Whether an administrator set the password, which its holder must then replace. */
	private boolean mustChangePassword;

	/**
	 * The offices an editor may edit.
	 */
	@ElementCollection
	@CollectionTable(name = "staff_account_office", joinColumns = @JoinColumn(name = "account_id"))
	@Column(name = "office_id")
	private Set<Long> officeIds = new LinkedHashSet<>();

	@Version
	private long version;

	@CreationTimestamp
	private Instant createdAt;

	protected StaffAccount() {
	}

	/**
	 * A user name as sign-in, the sign-in throttle, account creation and the audit log
	 * all read it: without the spaces around it, in lower case. Empty when it holds a
	 * control or other invisible character, which no stored name has: such a name signs
	 * nobody in.
	 */
	public static Optional<String> normaliseUsername(String typed) {
		// Every kind of space around it, the no-break space of a pasted name included.
		String name = (typed != null) ? typed.replaceAll("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$", "") : "";
		boolean invisible = name.codePoints()
			.anyMatch((c) -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
		return (name.isEmpty() || name.length() > USERNAME_MAX_LENGTH || invisible) ? Optional.empty()
				: Optional.of(name.toLowerCase(Locale.ROOT));
	}

	public StaffAccount(String username, String displayName, String passwordHash, Role role) {
		this.username = username;
		this.displayName = displayName;
		this.passwordHash = passwordHash;
		this.role = role;
	}

	/**
	 * Whether this member of staff may change the office: administrators may change every
	 * office, editors those assigned to them.
	 */
	public boolean mayEdit(Office office) {
		return this.role == Role.ADMIN || this.officeIds.contains(office.getId());
	}

	public Long getId() {
		return this.id;
	}

	public String getUsername() {
		return this.username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getPasswordHash() {
		return this.passwordHash;
	}

	public void setPasswordHash(String passwordHash) {
		this.passwordHash = passwordHash;
	}

	public Role getRole() {
		return this.role;
	}

	public void setRole(Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	public void setMustChangePassword(boolean mustChangePassword) {
		this.mustChangePassword = mustChangePassword;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public Set<Long> getOfficeIds() {
		return this.officeIds;
	}

	public long getVersion() {
		return this.version;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	/**
	 * What a member of staff may do.
	 */
	public enum Role {

		/**
		 * Everything, including accounts and the audit log.
		 */
		ADMIN,

		/**
		 * Edits the offices assigned to them.
		 */
		EDITOR

	}

}
