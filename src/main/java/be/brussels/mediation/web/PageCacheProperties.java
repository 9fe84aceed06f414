package be.brussels.mediation.web;

import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The rendered-page cache's switch and bounds.
 *
 * @param enabled whether public pages are kept rendered (when not, each is rendered anew,
 * with the same headers)
 * @param pagesSize the bytes kept of pages addressed by their path alone
 * @param queriesSize the bytes kept of pages with a query string (searches)
 */
@ConfigurationProperties("mediation.page-cache")
@Validated
record PageCacheProperties(boolean enabled,
		@NotNull(message = "MEDIATION_PAGE_CACHE_PAGES_SIZE must be a size, e.g. 32MB") DataSize pagesSize,
		@NotNull(message = "MEDIATION_PAGE_CACHE_QUERIES_SIZE must be a size, e.g. 8MB") DataSize queriesSize) {

}
