package be.brussels.mediation.search;

import jakarta.validation.constraints.Size;

/**
 * What a resident typed in a search box (a street, a neighbourhood, a postal code, an
 * office, a phone number or a need), and the street they picked when several matched.
 */
public class SearchForm {

	static final int MAX_LENGTH = 200;

	@Size(max = MAX_LENGTH)
	private String q;

	private Integer street;

	public String getQ() {
		return this.q;
	}

	public void setQ(String q) {
		this.q = q;
	}

	public Integer getStreet() {
		return this.street;
	}

	public void setStreet(Integer street) {
		this.street = street;
	}

}
