package be.brussels.mediation.office;

import java.math.BigDecimal;
import java.math.RoundingMode;

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
		String latitude = sixDecimals(this.latitude);
		String longitude = sixDecimals(this.longitude);
		return "https://www.openstreetmap.org/?mlat=" + latitude + "&mlon=" + longitude + "#map=18/" + latitude + "/"
				+ longitude;
	}

	/**
	 * As {@code %.6f} writes it, without a Formatter parsing its pattern on every office
	 * page.
	 */
	private static String sixDecimals(double degrees) {
		return BigDecimal.valueOf(degrees).setScale(6, RoundingMode.HALF_UP).toPlainString();
	}

}
