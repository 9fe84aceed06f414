package be.brussels.mediation.staff;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first administrator at start-up from {@code MEDIATION_ADMIN_USERNAME} and
 * {@code MEDIATION_ADMIN_PASSWORD}, when no administrator exists yet. There is no default
 * account or password: without these variables nobody can sign in until they are set.
 * Instances starting together on a new database take turns (a PostgreSQL advisory lock
 * held until the transaction ends), so that one creates the account and the others find
 * it.
 */
@Component
class FirstAdministrator implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdministrator.class);

	private final StaffAccountRepository accounts;

	private final StaffAccounts staff;

	private final JdbcClient jdbc;

	private final String username;

	private final String password;

	FirstAdministrator(StaffAccountRepository accounts, StaffAccounts staff, JdbcClient jdbc,
			@Value("${mediation.admin.username:}") String username,
			@Value("${mediation.admin.password:}") String password) {
		this.accounts = accounts;
		this.staff = staff;
		this.jdbc = jdbc;
		this.username = StaffAccount.normaliseUsername(username).orElse(username);
		this.password = password;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		this.jdbc.sql("select pg_advisory_xact_lock(hashtext('first administrator'))").query().singleRow();
		if (this.accounts.existsByRole(StaffAccount.Role.ADMIN)) {
			return;
		}
		if (this.username.isBlank() || this.password.isEmpty()) {
			logger.warn("No administrator yet: set MEDIATION_ADMIN_USERNAME and MEDIATION_ADMIN_PASSWORD "
					+ "and start again to create one");
			return;
		}
		if (!this.username.matches(StaffAccount.USERNAME_PATTERN)) {
			logger.error("MEDIATION_ADMIN_USERNAME must be 3 to 60 lower-case letters, digits, dots, dashes "
					+ "or underscores: no administrator created");
			return;
		}
		var problem = PasswordPolicy.problem(this.password);
		if (problem.isPresent()) {
			logger.error("MEDIATION_ADMIN_PASSWORD is refused ({}): use at least {} characters that are hard "
					+ "to guess; no administrator created", problem.get(), PasswordPolicy.MINIMUM_LENGTH);
			return;
		}
		this.accounts.save(new StaffAccount(this.username, this.username, this.staff.hash(this.password),
				StaffAccount.Role.ADMIN));
		logger.info("Administrator '{}' created: sign in at /admin", this.username);
	}

}
