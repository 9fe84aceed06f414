package be.brussels.mediation.office;

import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberType;
import com.google.i18n.phonenumbers.Phonenumber;
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

	private static final String BELGIUM = "+32";

	/**
	 * A Belgian number as staff type it, in any usual writing ({@code 02/503.25.65},
	 * {@code +32 2 503 25 65}); empty unless it is a valid Belgian landline or mobile
	 * number.
	 */
	public static Optional<PhoneNumber> parseBelgian(String text) {
		try {
			var number = phoneNumbers.parse(text, "BE");
			// An extension cannot be dialled from a tel: link, nor stored in E.164.
			if (!phoneNumbers.isValidNumberForRegion(number, "BE") || number.hasExtension()) {
				return Optional.empty();
			}
			Kind kind = (phoneNumbers.getNumberType(number) == PhoneNumberType.MOBILE) ? Kind.MOBILE : Kind.LANDLINE;
			return Optional.of(new PhoneNumber(phoneNumbers.format(number, PhoneNumberFormat.E164), kind));
		}
		catch (NumberParseException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The number in Belgian national format, as residents dial it.
	 */
	public String national() {
		// Built from the stored form rather than parsed again: parsing was most of the
		// cost of the phone numbers on the home page, which shows them all.
		if (!this.e164.startsWith(BELGIUM)) {
			return this.e164;
		}
		try {
			Phonenumber.PhoneNumber number = new Phonenumber.PhoneNumber().setCountryCode(32)
				.setNationalNumber(Long.parseLong(this.e164.substring(BELGIUM.length())));
			return phoneNumbers.format(number, PhoneNumberFormat.NATIONAL);
		}
		catch (NumberFormatException ex) {
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
