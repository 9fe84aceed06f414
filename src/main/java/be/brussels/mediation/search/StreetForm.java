package be.brussels.mediation.search;

import jakarta.validation.constraints.Size;

/**
 * "Which office is mine?": the street (or postal code) a resident typed, and the street
 * they picked when several matched.
 */
public class StreetForm {

	@Size(max = SearchForm.MAX_LENGTH)
	private String street;

	private Integer id;

	public String getStreet() {
		return this.street;
	}

	public void setStreet(String street) {
		this.street = street;
	}

	public Integer getId() {
		return this.id;
	}

	public void setId(Integer id) {
		this.id = id;
	}

	boolean isBlank() {
		return (this.street == null || this.street.isBlank()) && this.id == null;
	}

}
