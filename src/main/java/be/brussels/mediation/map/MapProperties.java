package be.brussels.mediation.map;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The map's tile server. With no tile URL, maps show the offices' markers without a
 * background (as in the tests, which reach no tile server).
 *
 * @param tileUrl the tile URL template, {@code {z}/{x}/{y}} style; empty for none
 * @param attributionText the attribution the tile server requires
 * @param attributionUrl where the attribution links to
 */
@ConfigurationProperties("mediation.map")
public record MapProperties(String tileUrl, String attributionText, String attributionUrl) {

	/**
	 * The tile server's origin, which the Content-Security-Policy allows images from;
	 * empty when there is no tile server.
	 */
	public String tileOrigin() {
		if (this.tileUrl == null || this.tileUrl.isBlank()) {
			return "";
		}
		URI uri = URI.create(this.tileUrl.replaceAll("[{}]", ""));
		return uri.getScheme() + "://" + uri.getRawAuthority();
	}

}
