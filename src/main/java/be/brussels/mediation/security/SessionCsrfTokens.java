package be.brussels.mediation.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;

/**
 * CSRF tokens kept in the staff session, never in a new one: a request refused for its
 * token (a form sent after the session ended, or by someone who never signed in) leaves
 * no session behind. Signed-in pages have a session for their tokens.
 */
final class SessionCsrfTokens implements CsrfTokenRepository {

	private final HttpSessionCsrfTokenRepository sessions = new HttpSessionCsrfTokenRepository();

	@Override
	public CsrfToken generateToken(HttpServletRequest request) {
		return this.sessions.generateToken(request);
	}

	@Override
	public void saveToken(CsrfToken token, HttpServletRequest request, HttpServletResponse response) {
		if (request.getSession(false) != null) {
			this.sessions.saveToken(token, request, response);
		}
	}

	@Override
	public CsrfToken loadToken(HttpServletRequest request) {
		return this.sessions.loadToken(request);
	}

}
