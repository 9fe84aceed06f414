package be.brussels.mediation.search;

import jakarta.validation.constraints.Size;

/**
 * What a resident typed in a search box: a street, a neighbourhood, a postal code, an
 * office, a phone number or a need.
 */
public class SearchForm {

	static final int MAX_LENGTH = 200;

	@Size(max = MAX_LENGTH)
	private String q;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

}
