package be.brussels.mediation.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Where the site is. Checked at start-up: a missing or plain-http public address stops
 * it, with a message that names the variable to set (the packaged application has no
 * default; {@code spring-boot:run} and the tests are at {@code http://localhost:8080}).
 *
 * @param baseUrl the site's public address, for canonical, {@code hreflang} and calendar
 * links and the forms' own origin: https, or http on this machine only
 */
@ConfigurationProperties("mediation")
@Validated
public record SiteProperties(@NotNull(
		message = "MEDIATION_BASE_URL is not set: set it to the site's public https address, e.g. https://mediation.brussels") @Pattern(
				regexp = "https://[^/?#\\s]+(/[^?#\\s]*)?|http:/{2}(localhost|127\\.0\\.0\\.1|\\[::1\\])(:\\d+)?(/[^?#\\s]*)?",
				message = "MEDIATION_BASE_URL must be the site's public https address, e.g. https://mediation.brussels (http only for localhost)") String baseUrl) {

	/** The public address without a trailing slash. */
	public String origin() {
		return this.baseUrl.replaceAll("/+$", "");
	}

}
