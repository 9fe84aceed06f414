package be.brussels.mediation.office;

import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * Where an office is, in WGS 84 degrees. {@code approximate} stays true while the point
 * is the street's rather than the entrance's.
 */
@Embeddable
public record GeoPoint(double latitude, double longitude, boolean approximate) {

	/**
	 * A link to OpenStreetMap's map with a marker at this point.
	 */
	public String openStreetMapUrl() {
		return String.format(Locale.ROOT, "https://www.openstreetmap.org/?mlat=%.6f&mlon=%.6f#map=18/%.6f/%.6f",
				this.latitude, this.longitude, this.latitude, this.longitude);
	}

}
