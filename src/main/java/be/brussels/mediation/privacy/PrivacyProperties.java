package be.brussels.mediation.privacy;

import java.time.Period;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the privacy notice says that only the City can say, and how long the site keeps
 * personal data (the retention job applies these periods; the notice states them).
 *
 * @param controller who is responsible for the data (the controller, as the GDPR says)
 * @param controllerAddress the controller's postal address; none until the City gives it
 * @param dpoEmail the City's data protection officer's e-mail address; none until given
 * @param dpoAddress the data protection officer's postal address; none until given
 * @param reportsKept how long a problem report (and its e-mail) is kept once marked done
 * @param auditKept how long an entry of the audit log is kept
 * @param addressesKept how long an audit entry keeps the whole client address (then only
 * its network)
 */
@ConfigurationProperties("mediation.privacy")
record PrivacyProperties(String controller, String controllerAddress, String dpoEmail, String dpoAddress,
		@DefaultValue("12m") Period reportsKept, @DefaultValue("24m") Period auditKept,
		@DefaultValue("3m") Period addressesKept) {

	PrivacyProperties {
		for (Period period : new Period[] { reportsKept, auditKept, addressesKept }) {
			if (period.getDays() != 0 || period.toTotalMonths() < 1) {
				throw new IllegalArgumentException("Retention periods are whole months (like 12m), not " + period);
			}
		}
		controller = given(controller);
		controllerAddress = given(controllerAddress);
		dpoEmail = given(dpoEmail);
		dpoAddress = given(dpoAddress);
	}

	private static String given(String text) {
		return (text == null || text.isBlank()) ? null : text.strip();
	}

}
