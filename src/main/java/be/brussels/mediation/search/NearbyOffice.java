package be.brussels.mediation.search;

import be.brussels.mediation.office.Office;

/**
 * An office and how far it is, in metres, from where the resident is.
 */
public record NearbyOffice(Office office, double metres) {

	/**
	 * The distance as it can honestly be told, from a position itself rounded: to 100 m
	 * under a kilometre, to half a kilometre beyond.
	 */
	public double rounded() {
		return (this.metres < 950) ? Math.max(100, Math.round(this.metres / 100) * 100.0)
				: Math.round(this.metres / 500) * 500.0;
	}

}
