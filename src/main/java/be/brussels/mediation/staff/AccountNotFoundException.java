package be.brussels.mediation.staff;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No staff account has this user name: the administrator sees "page not found".
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
class AccountNotFoundException extends RuntimeException {

	AccountNotFoundException(String username) {
		super("No staff account " + username);
	}

}
