package be.brussels.mediation.security;

import java.io.IOException;
import java.net.URI;
import java.util.Set;

import be.brussels.mediation.web.ErrorPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses forms that another website makes a browser send here (cross-site request
 * forgery), with a page that says so: the public report form and the sign-in form carry
 * no token, and the staff forms' tokens are a second lock. Browsers say where a request
 * comes from ({@code Sec-Fetch-Site}, else {@code Origin}): a post from this site, from
 * another of the City's sites, or from a client that says neither goes through.
 */
class CrossSiteFormFilter extends OncePerRequestFilter {

	private static final Set<String> SAFE_METHODS = Set.of(HttpMethod.GET.name(), HttpMethod.HEAD.name(),
			HttpMethod.OPTIONS.name(), HttpMethod.TRACE.name());

	private final String siteOrigin;

	/**
	 * @param baseUrl the site's public address, whose origin forms may come from besides
	 * the request's own
	 */
	CrossSiteFormFilter(String baseUrl) {
		URI site = URI.create(baseUrl);
		this.siteOrigin = origin(site.getScheme(), site.getHost(), site.getPort());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (SAFE_METHODS.contains(request.getMethod()) || !fromAnotherSite(request)) {
			chain.doFilter(request, response);
			return;
		}
		ErrorPages.send(request, response, HttpStatus.FORBIDDEN, "crossSite");
	}

	private boolean fromAnotherSite(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return site.equals("cross-site");
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null) {
			return false;
		}
		String own = origin(request.getScheme(), request.getServerName(), request.getServerPort());
		return !origin.equalsIgnoreCase(this.siteOrigin) && !origin.equalsIgnoreCase(own);
	}

	private static String origin(String scheme, String host, int port) {
		boolean defaultPort = port == -1 || (port == 80 && "http".equals(scheme))
				|| (port == 443 && "https".equals(scheme));
		return scheme + "://" + host + (defaultPort ? "" : ":" + port);
	}

}
