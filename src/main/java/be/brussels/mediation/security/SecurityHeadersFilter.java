package be.brussels.mediation.security;

import java.io.IOException;
import java.util.regex.Pattern;

import be.brussels.mediation.web.SecurityHeaders;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.GenericFilterBean;

/**
 * Writes the security headers on every answer of the application, first of all filters
 * and again on the error dispatch: so that pages refused before Spring Security sees them
 * (a broken encoding, a body the site does not read, a path its firewall rejects) carry
 * them too. The site's data (the open data API and files, the map's GeoJSON, calendars
 * and contact cards) may be read by scripts of other sites (referral tools, open data
 * portals): without cookies, which {@code *} never lets a browser send.
 */
class SecurityHeadersFilter extends GenericFilterBean {

	private static final Pattern DATA = Pattern
		.compile("/(api|open-data)/.*|/[^/]+/offices(\\.geojson|/[^/]+/(closures\\.ics|contact\\.vcf))");

	private final String contentSecurityPolicy;

	SecurityHeadersFilter(String contentSecurityPolicy) {
		this.contentSecurityPolicy = contentSecurityPolicy;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		SecurityHeaders.write((HttpServletResponse) response, this.contentSecurityPolicy, request.isSecure());
		if (DATA.matcher(((HttpServletRequest) request).getRequestURI()).matches()) {
			((HttpServletResponse) response).setHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
		}
		chain.doFilter(request, response);
	}

}
