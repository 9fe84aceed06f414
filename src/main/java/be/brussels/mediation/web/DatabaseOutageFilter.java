package be.brussels.mediation.web;

import java.io.IOException;
import java.sql.SQLException;
import java.time.Duration;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a request that failed because the database did not answer with the site's
 * "temporarily unavailable" page, or for a form its "nothing was saved" page (503, with
 * {@code Retry-After}), in the page's language, rather than a server error, and logs it
 * as one line. Public pages kept rendered are answered from their last rendering before
 * it comes to this ({@link PageCacheFilter}), and office forms are shown again as typed.
 * Runs outside every filter that reads the database (the staff sessions', Spring
 * Security's).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class DatabaseOutageFilter extends OncePerRequestFilter {

	/** When to try again, as the answer says. */
	static final Duration RETRY = Duration.ofSeconds(30);

	private static final Logger logger = LoggerFactory.getLogger(DatabaseOutageFilter.class);

	/**
	 * What the connection pool (HikariCP) says, with no SQL state, of a connection it
	 * closed.
	 */
	private static final String CLOSED_BY_THE_POOL = "Connection is closed";

	/**
	 * Whether the failure comes from a database that does not answer (a connection that
	 * cannot be opened or was lost), rather than from what was asked of it. A transaction
	 * whose connection the database ended fails again as it is rolled back, on the
	 * connection the pool has closed meanwhile.
	 */
	public static boolean causes(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException || cause instanceof CannotCreateTransactionException
					|| (cause instanceof SQLException sql && ((sql.getSQLState() != null
							&& (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P")))
							|| CLOSED_BY_THE_POOL.equals(sql.getMessage())))) {
				return true;
			}
			if (cause.getCause() == cause) {
				return false;
			}
		}
		return false;
	}

	/**
	 * Logs, as one line, that a request found the database not answering, and how it was
	 * answered.
	 */
	protected static void log(HttpServletRequest request, Throwable failure, String answered) {
		Throwable root = failure;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		logger.warn("The database did not answer {} {} ({}), answered {}", request.getMethod(), request.getRequestURI(),
				root.getMessage(), answered);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (!causes(ex) || response.isCommitted()) {
				throw ex;
			}
			response.resetBuffer();
			answer(request, response, ex);
		}
	}

	/**
	 * Answers a request that failed because the database did not answer, nothing of it
	 * sent yet.
	 */
	protected void answer(HttpServletRequest request, HttpServletResponse response, Exception failure)
			throws ServletException, IOException {
		log(request, failure, "503");
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(RETRY.toSeconds()));
		boolean read = HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod());
		ErrorPages.send(request, response, HttpStatus.SERVICE_UNAVAILABLE, read ? "unavailable" : "notSaved");
	}

}
