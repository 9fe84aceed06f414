package be.brussels.mediation.search;

import java.util.List;

import be.brussels.mediation.office.Office;

/**
 * The answer to what a resident typed in a search box, saying how it was reached.
 *
 * @param kind how the answer was reached
 * @param street the resident's street, when one was recognised
 * @param neighbourhood the neighbourhood the answer is for (of the street, or the one
 * named), in the page language, if known
 * @param offices the offices that answer, best first
 * @param candidates the streets to choose from, when several match
 * @param municipalities the other municipalities of the Region that the answer concerns
 * @param postalCode the postal code the resident gave
 * @param need the need the resident named, in the page language
 */
public record Answer(Kind kind, Street street, String neighbourhood, List<Office> offices, List<Street> candidates,
		List<String> municipalities, String postalCode, String need) {

	static Answer of(Kind kind) {
		return new Answer(kind, null, null, List.of(), List.of(), List.of(), null, null);
	}

	static Answer offices(Kind kind, List<Office> offices) {
		return new Answer(kind, null, null, offices, List.of(), List.of(), null, null);
	}

	Answer withStreet(Street street, String neighbourhood) {
		return new Answer(this.kind, street, neighbourhood, this.offices, this.candidates, this.municipalities,
				this.postalCode, this.need);
	}

	Answer withNeighbourhood(String neighbourhood) {
		return new Answer(this.kind, this.street, neighbourhood, this.offices, this.candidates, this.municipalities,
				this.postalCode, this.need);
	}

	Answer withCandidates(List<Street> candidates) {
		return new Answer(this.kind, this.street, this.neighbourhood, this.offices, candidates, this.municipalities,
				this.postalCode, this.need);
	}

	Answer withMunicipalities(List<String> municipalities) {
		return new Answer(this.kind, this.street, this.neighbourhood, this.offices, this.candidates, municipalities,
				this.postalCode, this.need);
	}

	Answer withPostalCode(String postalCode) {
		return new Answer(this.kind, this.street, this.neighbourhood, this.offices, this.candidates,
				this.municipalities, postalCode, this.need);
	}

	Answer withNeed(String need) {
		return new Answer(this.kind, this.street, this.neighbourhood, this.offices, this.candidates,
				this.municipalities, this.postalCode, need);
	}

	/**
	 * Whether the answer is an office reached by nearness, which the resident should
	 * check.
	 */
	public boolean isNearest() {
		return this.kind == Kind.NEAREST || this.kind == Kind.NEIGHBOURHOOD_NEAREST || this.kind == Kind.POSTAL_CODE;
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
		/** The office whose service area holds the neighbourhood named. */
		NEIGHBOURHOOD_SERVICE_AREA,
		/** The office nearest the neighbourhood named. */
		NEIGHBOURHOOD_NEAREST,
		/** Every street of the postal code is nearest one office. */
		POSTAL_CODE,
		/** The postal code spans several offices' areas: the street is needed. */
		POSTAL_CODE_NEEDS_STREET,
		/** Several streets match: the resident chooses. */
		CHOOSE,
		/** Offices named (by name, district or phone number). */
		OFFICE,
		/**
		 * A need every office helps with: the resident's street tells which is theirs.
		 */
		NEED,
		/** The street or municipality is another of the Region. */
		OUTSIDE_CITY,
		/** The street is known but has no point: call an office. */
		NOT_LOCATED,
		/** Words that say nothing alone ("help", "rue"): what do you need? */
		VAGUE,
		/** Nothing matches. */
		NOT_FOUND

	}

}
