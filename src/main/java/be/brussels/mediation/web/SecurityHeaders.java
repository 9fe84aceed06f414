package be.brussels.mediation.web;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers that every answer carries: the application's pages and error pages
 * (written by a filter of the security configuration, on every dispatch) and the plain
 * pages Tomcat answers with alike.
 */
public final class SecurityHeaders {

	/**
	 * What the pages may use of the browser: the location only, when a resident asks for
	 * the offices near them.
	 */
	public static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(self), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	private SecurityHeaders() {
	}

	/**
	 * Writes the headers, with the page's Content-Security-Policy; HSTS only on an answer
	 * over TLS.
	 */
	public static void write(HttpServletResponse response, String contentSecurityPolicy, boolean overTls) {
		response.setHeader("Content-Security-Policy", contentSecurityPolicy);
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
		response.setHeader("Permissions-Policy", PERMISSIONS_POLICY);
		if (overTls) {
			response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		}
	}

}
