package be.brussels.mediation.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.brussels.mediation.office.Office;

/**
 * The answer to "which office is mine?", saying how it was reached.
 *
 * @param kind how the answer was reached
 * @param street the resident's street, when one was recognised
 * @param office the office that answers, if any
 * @param metres the distance from the street to the office, for a nearest-office answer
 * @param candidates the streets to choose from, when several match
 * @param municipalities the other municipalities of the region whose streets match
 * @param postalCode the postal code the resident gave
 */
public record StreetAnswer(Kind kind, Street street, Office office, Double metres, List<Street> candidates,
		List<String> municipalities, String postalCode) {

	static StreetAnswer of(Kind kind) {
		return new StreetAnswer(kind, null, null, null, List.of(), List.of(), null);
	}

	StreetAnswer withMunicipalities(List<String> municipalities) {
		return new StreetAnswer(this.kind, this.street, this.office, this.metres, this.candidates, municipalities,
				this.postalCode);
	}

	/**
	 * The candidate streets as choices: id to "name (postal codes)".
	 */
	public Map<Integer, String> candidateLabels(Locale locale) {
		Map<Integer, String> labels = new LinkedHashMap<>();
		this.candidates.forEach((street) -> labels.put(street.id(), street.label(locale)));
		return labels;
	}

	/**
	 * How an answer was reached.
	 */
	public enum Kind {

		/** The office whose service area holds the street. */
		SERVICE_AREA,
		/**
		 * The office nearest the street: not necessarily the one for its neighbourhood.
		 */
		NEAREST,
		/** Every street of the postal code is nearest one office. */
		POSTAL_CODE,
		/** The postal code spans several offices' areas: the street is needed. */
		POSTAL_CODE_NEEDS_STREET,
		/** Several streets match: the resident chooses. */
		CHOOSE,
		/** The street is in another municipality of the region. */
		OUTSIDE_CITY,
		/** The street is known but has no point: call an office. */
		NOT_LOCATED,
		/** No street matches. */
		NOT_FOUND

	}

}
