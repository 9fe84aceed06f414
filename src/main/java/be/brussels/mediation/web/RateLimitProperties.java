package be.brussels.mediation.web;

import jakarta.validation.constraints.Positive;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How many requests one client may send a minute to the pages that do real work (search,
 * street answers, near me, the report form) and to the street suggestions.
 *
 * @param pagesPerMinute requests a minute to those pages
 * @param suggestionsPerMinute street suggestions a minute
 */
@ConfigurationProperties("mediation.rate-limits")
@Validated
record RateLimitProperties(
		@Positive(message = "MEDIATION_RATE_LIMITS_PAGES_PER_MINUTE must be a whole number above 0") int pagesPerMinute,
		@Positive(
				message = "MEDIATION_RATE_LIMITS_SUGGESTIONS_PER_MINUTE must be a whole number above 0") int suggestionsPerMinute) {

}
