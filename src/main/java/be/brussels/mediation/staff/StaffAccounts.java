package be.brussels.mediation.staff;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Signs staff in from their accounts in the database, and creates accounts with a
 * password that meets the {@link PasswordPolicy}.
 */
@Service
public class StaffAccounts implements UserDetailsService {

	private final StaffAccountRepository accounts;

	private final PasswordEncoder passwordEncoder;

	StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwordEncoder) {
		this.accounts = accounts;
		this.passwordEncoder = passwordEncoder;
	}

	/**
	 * The account that may sign in under the name. A disabled account is answered as an
	 * unknown one, so that sign-in says and takes the same for both (the password is
	 * still hashed, against a dummy) and nobody learns which names exist.
	 */
	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = this.accounts.findByUsername(username)
			.filter(StaffAccount::isEnabled)
			.orElseThrow(() -> new UsernameNotFoundException("No enabled account of that name"));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.authorities(List.of(new SimpleGrantedAuthority("ROLE_" + account.getRole())))
			.build();
	}

	/**
	 * The account of the member of staff who is signed in.
	 */
	@Transactional(readOnly = true)
	public StaffAccount current(String username) {
		return this.accounts.findByUsername(username).orElseThrow(() -> new UsernameNotFoundException(username));
	}

	/** Whether the password is the account's. */
	public boolean isPasswordOf(StaffAccount account, String password) {
		return this.passwordEncoder.matches(password, account.getPasswordHash());
	}

	/**
	 * Hashes a password that the {@link PasswordPolicy} accepted.
	 */
	public String hash(String password) {
		return this.passwordEncoder.encode(password);
	}

}
