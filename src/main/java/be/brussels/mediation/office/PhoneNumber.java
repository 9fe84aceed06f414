package be.brussels.mediation.office;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One of an office's phone numbers, stored in E.164 form ({@code +3225032565}) and shown
 * the way Belgians write it ({@code 02 503 25 65}).
 */
@Embeddable
public record PhoneNumber(@Column(name = "number") String e164,
		@Column(name = "kind") @Enumerated(EnumType.STRING) Kind kind) {

	private static final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

	/**
	 * The number in Belgian national format, as residents dial it.
	 */
	public String national() {
		try {
			return phoneNumbers.format(phoneNumbers.parse(this.e164, "BE"), PhoneNumberFormat.NATIONAL);
		}
		catch (NumberParseException ex) {
			return this.e164;
		}
	}

	/**
	 * What kind of line a number is.
	 */
	public enum Kind {

		LANDLINE, MOBILE

	}

}
