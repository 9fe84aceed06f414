package be.brussels.mediation.search;

import java.util.List;
import java.util.Locale;

/**
 * A street of the City of Brussels, with its official French and Dutch names, its postal
 * codes, a point on it when known and the neighbourhood that point lies in.
 */
public record Street(int id, String nameFr, String nameNl, List<String> postalCodes, Double latitude, Double longitude,
		Integer neighbourhood) {

	/** The street's name in the page language; English pages give both official names. */
	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "nl" -> this.nameNl;
			case "en" -> this.nameFr.equals(this.nameNl) ? this.nameFr : this.nameFr + " / " + this.nameNl;
			default -> this.nameFr;
		};
	}

	/** The name with the postal codes, to tell same-named streets apart. */
	public String label(Locale locale) {
		return this.postalCodes.isEmpty() ? name(locale)
				: name(locale) + " (" + String.join(", ", this.postalCodes) + ")";
	}

	boolean isLocated() {
		return this.latitude != null;
	}

}
