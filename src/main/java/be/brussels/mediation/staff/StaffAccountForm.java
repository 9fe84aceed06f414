package be.brussels.mediation.staff;

import java.util.ArrayList;
import java.util.List;

import be.brussels.mediation.web.FormText;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A staff account as an administrator edits it. The password is set only when typed. Its
 * fields are declared in the order the form shows them, which is the order of its error
 * summary.
 */
public class StaffAccountForm {

	/**
	 * The account's version the form was filled from (a hidden field, the form's first).
	 */
	private long version;

	@Pattern(regexp = StaffAccount.USERNAME_PATTERN)
	private String username;

	@NotBlank
	@Size(max = 100)
	private String displayName;

	@NotNull
	private StaffAccount.Role role = StaffAccount.Role.EDITOR;

	private List<Long> officeIds = new ArrayList<>();

	private boolean enabled = true;

	@FormText(asTyped = true)
	private String password;

	static StaffAccountForm from(StaffAccount account) {
		StaffAccountForm form = new StaffAccountForm();
		form.username = account.getUsername();
		form.displayName = account.getDisplayName();
		form.role = account.getRole();
		form.enabled = account.isEnabled();
		form.officeIds = new ArrayList<>(account.getOfficeIds());
		form.version = account.getVersion();
		return form;
	}

	void applyTo(StaffAccount account) {
		account.setDisplayName(this.displayName);
		account.setRole(this.role);
		account.setEnabled(this.enabled);
		account.getOfficeIds().clear();
		account.getOfficeIds().addAll(this.officeIds);
	}

	public String getUsername() {
		return this.username;
	}

	/**
	 * Sets the user name in the one form sign-in reads it: " Anna " is "anna". A name
	 * that cannot be read so is kept as typed, for the form to refuse.
	 */
	public void setUsername(String username) {
		this.username = StaffAccount.normaliseUsername(username).orElse(username);
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public StaffAccount.Role getRole() {
		return this.role;
	}

	public void setRole(StaffAccount.Role role) {
		this.role = role;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public List<Long> getOfficeIds() {
		return this.officeIds;
	}

	public void setOfficeIds(List<Long> officeIds) {
		this.officeIds = officeIds;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
