package be.brussels.mediation.web;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The rendered-page cache's switch and bounds.
 *
 * @param enabled whether public pages are kept rendered (when not, each is rendered anew,
 * with the same headers)
 * @param pagesSize the bytes kept of pages addressed by their path alone
 * @param queriesSize the bytes kept of pages with a query string (searches)
 */
@ConfigurationProperties("mediation.page-cache")
record PageCacheProperties(boolean enabled, DataSize pagesSize, DataSize queriesSize) {

}
