package be.brussels.mediation.admin;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;

import be.brussels.mediation.office.PhoneNumber;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * The checks on an office form that need more than annotations: Belgian phone numbers,
 * postal codes and coordinates of the Brussels-Capital Region, a secure website address,
 * known languages and neighbourhoods.
 */
@Component
class OfficeFormValidator implements Validator {

	/**
	 * Languages staff may say an office speaks (ISO 639-1): the City's three, then those
	 * most spoken in Brussels.
	 */
	static final List<String> LANGUAGES = List.of("fr", "nl", "en", "de", "es", "it", "pt", "pl", "ro", "bg", "el",
			"ar", "tr", "ru", "uk", "ln");

	// The smallest box around the Brussels-Capital Region, in WGS 84 degrees.
	private static final double SOUTH = 50.763;

	private static final double NORTH = 50.914;

	private static final double WEST = 4.243;

	private static final double EAST = 4.483;

	private final Neighbourhoods neighbourhoods;

	OfficeFormValidator(Neighbourhoods neighbourhoods) {
		this.neighbourhoods = neighbourhoods;
	}

	@Override
	public boolean supports(Class<?> type) {
		return OfficeForm.class.equals(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		OfficeForm form = (OfficeForm) target;
		if (form.getPostalCode() != null && !this.neighbourhoods.isRegionPostalCode(form.getPostalCode())) {
			errors.rejectValue("postalCode", "Region.officeForm.postalCode");
		}
		checkCoordinate(errors, "latitude", form.getLatitude(), SOUTH, NORTH);
		checkCoordinate(errors, "longitude", form.getLongitude(), WEST, EAST);
		for (int i = 0; i < form.getPhones().size(); i++) {
			String phone = form.getPhones().get(i);
			if (phone != null && !phone.isBlank() && PhoneNumber.parseBelgian(phone).isEmpty()) {
				errors.rejectValue("phones[" + i + "]", "Phone.officeForm.phones");
			}
		}
		if (form.getWebsite() != null && !isSecureAddress(form.getWebsite())) {
			errors.rejectValue("website", "Url.officeForm.website");
		}
		if (!LANGUAGES.containsAll(form.getLanguages())) {
			errors.rejectValue("languages", "Unknown.officeForm.languages");
		}
		if (!this.neighbourhoods.codes().containsAll(form.getServiceArea())) {
			errors.rejectValue("serviceArea", "Unknown.officeForm.serviceArea");
		}
	}

	private static void checkCoordinate(Errors errors, String field, String text, double min, double max) {
		if (text == null || errors.hasFieldErrors(field)) {
			return;
		}
		try {
			double degrees = OfficeForm.degrees(text);
			if (!(degrees >= min && degrees <= max)) {
				errors.rejectValue(field, "Region.officeForm." + field);
			}
		}
		catch (NumberFormatException ex) {
			errors.rejectValue(field, "Region.officeForm." + field);
		}
	}

	private static boolean isSecureAddress(String text) {
		try {
			URI uri = new URI(text);
			return "https".equals(uri.getScheme()) && uri.getHost() != null && uri.getHost().contains(".");
		}
		catch (URISyntaxException ex) {
			return false;
		}
	}

}
