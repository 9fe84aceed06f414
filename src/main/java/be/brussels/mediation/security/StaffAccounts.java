package be.brussels.mediation.security;

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

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		StaffAccount account = this.accounts.findByUsername(username)
			.orElseThrow(() -> new UsernameNotFoundException(username));
		return User.withUsername(account.getUsername())
			.password(account.getPasswordHash())
			.disabled(!account.isEnabled())
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

	/**
	 * Hashes a password that the {@link PasswordPolicy} accepted.
	 */
	public String hash(String password) {
		return this.passwordEncoder.encode(password);
	}

}
