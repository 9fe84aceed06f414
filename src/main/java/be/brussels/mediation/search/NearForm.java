package be.brussels.mediation.search;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

/**
 * Where the resident is, from their browser's location (asked only when they click).
 */
public class NearForm {

	@NotNull
	@DecimalMin("-90")
	@DecimalMax("90")
	private Double lat;

	@NotNull
	@DecimalMin("-180")
	@DecimalMax("180")
	private Double lon;

	public Double getLat() {
		return this.lat;
	}

	public void setLat(Double lat) {
		this.lat = lat;
	}

	public Double getLon() {
		return this.lon;
	}

	public void setLon(Double lon) {
		this.lon = lon;
	}

}
