package be.brussels.mediation.web;

/**
 * The security headers that every answer carries, those of Spring Security's pages and
 * those of the plain pages Tomcat answers with alike.
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

}
