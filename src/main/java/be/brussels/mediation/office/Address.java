package be.brussels.mediation.office;

import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A postal address in the Brussels-Capital Region, where streets and localities have an
 * official French and Dutch name.
 */
@Embeddable
public record Address(String streetFr, String streetNl, String number, String postalCode, String localityFr,
		String localityNl) {

	/**
	 * The street in the official language closest to the locale: Dutch for Dutch, French
	 * otherwise.
	 */
	public String street(Locale locale) {
		return "nl".equals(locale.getLanguage()) ? this.streetNl : this.streetFr;
	}

	public String locality(Locale locale) {
		return "nl".equals(locale.getLanguage()) ? this.localityNl : this.localityFr;
	}

}
