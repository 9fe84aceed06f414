package be.brussels.mediation.map;

import java.net.URI;

import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The map's tile server. With no tile URL, maps show the offices' markers without a
 * background (as in the tests, which reach no tile server).
 *
 * @param tileUrl the tile URL template, {@code {z}/{x}/{y}} style; empty for none
 * @param attributionText the attribution the tile server requires
 * @param attributionUrl where the attribution links to
 */
@ConfigurationProperties("mediation.map")
@Validated
public record MapProperties(@Pattern(regexp = "(https://[^/?#\\s]+/\\S*)?",
		message = "MEDIATION_MAP_TILE_URL must be an https address with {z}, {x} and {y}, or empty for none") String tileUrl,
		String attributionText, @Pattern(regexp = "(https://\\S+)?",
				message = "MEDIATION_MAP_ATTRIBUTION_URL must be an https address") String attributionUrl) {

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
