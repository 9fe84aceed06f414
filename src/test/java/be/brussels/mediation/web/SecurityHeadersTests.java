package be.brussels.mediation.web;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every answer carries the security headers: pages, the site's error pages, and the plain
 * pages Tomcat answers with before the application; HSTS only when the request came over
 * TLS (here through the trusted proxy); no cookie on public pages.
 */
@SiteTest
class SecurityHeadersTests {

	@LocalServerPort
	int port;

	/**
	 * Sends a request as a raw HTTP/1.1 message, through the tests' proxy for the given
	 * scheme, and returns the answer's status line and header lines, lower-cased.
	 */
	private List<String> headers(String requestLine, String scheme, String... extra) throws IOException {
		try (Socket socket = new Socket("localhost", this.port)) {
			StringBuilder request = new StringBuilder(requestLine)
				.append("\r\nHost: localhost\r\nConnection: close\r\n")
				.append("Accept: text/html\r\nX-Forwarded-For: 198.51.100.88\r\nX-Forwarded-Proto: ")
				.append(scheme)
				.append("\r\n");
			for (String header : extra) {
				request.append(header).append("\r\n");
			}
			socket.getOutputStream().write(request.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
			String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			List<String> lines = new ArrayList<>();
			for (String line : response.substring(0, response.indexOf("\r\n\r\n")).split("\r\n")) {
				lines.add(line.toLowerCase(Locale.ROOT));
			}
			return lines;
		}
	}

	private static void assertSecurityHeaders(List<String> headers, boolean overTls) {
		String csp = headers.stream()
			.filter((line) -> line.startsWith("content-security-policy:"))
			.findFirst()
			.orElse("");
		assertThat(csp).as("CSP").contains("default-src 'none'", "frame-ancestors 'none'").doesNotContain("unsafe");
		assertThat(headers).as("headers")
			.contains("x-content-type-options: nosniff", "x-frame-options: deny",
					"referrer-policy: strict-origin-when-cross-origin");
		assertThat(headers).anyMatch((line) -> line.startsWith("permissions-policy: ") && line.contains("camera=()")
				&& line.contains("geolocation=(self)"));
		if (overTls) {
			assertThat(headers).anyMatch((line) -> line.startsWith("strict-transport-security: max-age=31536000"));
		}
		else {
			assertThat(headers).noneMatch((line) -> line.startsWith("strict-transport-security"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET /fr/", "GET /nl/offices/marolles", "GET /en/search?q=marolles",
			"GET /fr/search?q=Rue+Haute", "GET /fr/offices/marolles/closures.ics", "GET /fr/offices.geojson",
			"GET /fr/admin/login", "GET /fr/offices/atlantis", "GET /fr/search?q%5B0%5D=x", "DELETE /fr/", "GET /error",
			"GET /fr/%ZZ", "GET /assets/css/site.css" })
	void publicAnswersCarryTheSecurityHeadersAndNoCookie(String request) throws IOException {
		for (String scheme : new String[] { "http", "https" }) {
			List<String> headers = headers(request + " HTTP/1.1", scheme);
			assertSecurityHeaders(headers, scheme.equals("https"));
			assertThat(headers).noneMatch((line) -> line.startsWith("set-cookie"));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "POST /fr/offices/marolles/report", "POST /fr/admin/login" })
	void refusedPostsCarryTheSecurityHeaders(String request) throws IOException {
		// From another website; then with a body the site does not read.
		assertSecurityHeaders(
				headers(request + " HTTP/1.1", "https", "Origin: https://evil.example", "Content-Length: 0"), true);
		List<String> unread = headers(request + " HTTP/1.1", "http", "Content-Type: application/json",
				"Content-Length: 2");
		assertThat(unread).first().asString().startsWith("http/1.1 415");
		assertSecurityHeaders(unread, false);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fr/admin", "/fr/admin/offices/marolles", "/fr/admin/nope" })
	void staffPagesCarryTheSecurityHeadersAndAreNotCached(String path) {
		StaffBrowser admin = new StaffBrowser(this.port);
		admin.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		admin.get(path);
		assertThat(admin.header("Content-Security-Policy")).contains("frame-ancestors 'none'").doesNotContain("unsafe");
		assertThat(admin.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(admin.header("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(admin.header("Permissions-Policy")).contains("camera=()");
		assertThat(admin.header("Cache-Control")).contains("no-store");
	}

}
