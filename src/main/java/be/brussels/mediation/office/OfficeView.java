package be.brussels.mediation.office;

import java.util.List;
import java.util.Locale;

/**
 * An office as a public page shows it in one language, worked out in Java once per page
 * rather than by method calls in the templates, which cost more to evaluate: names with
 * the language to mark where they fall back to French, phones in national format, and the
 * address in the official language of the page (both on English pages).
 */
public record OfficeView(String slug, Shown name, Shown district, List<Phone> phones, String email, String website,
		PostalAddress address) {

	public static OfficeView of(Office office, Locale locale) {
		return new OfficeView(office.getSlug(), Shown.of(office.getName(), locale),
				Shown.of(office.getDistrict(), locale),
				office.getPhones()
					.stream()
					.map((phone) -> new Phone(phone.kind().name(), phone.e164(), phone.national()))
					.toList(),
				office.getEmail(), office.getWebsite(), PostalAddress.of(office.getAddress(), locale));
	}

	/**
	 * A translated text as shown, and {@code "fr"} when it falls back to French (the page
	 * marks the change of language), otherwise {@code null}.
	 */
	public record Shown(String text, String lang) {

		static Shown of(LocalizedText text, Locale locale) {
			return new Shown(text.in(locale), text.fallbackLanguage(locale));
		}

	}

	/** A phone number: its kind (a message key's last part), tel: form and as dialled. */
	public record Phone(String kind, String e164, String national) {

	}

	/**
	 * The address in the page's official language ({@code lang} {@code "fr"} on English
	 * pages, which give the Dutch names after the French ones: {@code streetNl} and
	 * {@code localityNl}, otherwise {@code null}).
	 */
	public record PostalAddress(Shown street, String streetNl, String number, String postalCode, Shown locality,
			String localityNl) {

		static PostalAddress of(Address address, Locale locale) {
			boolean both = "en".equals(locale.getLanguage());
			String lang = both ? "fr" : null;
			return new PostalAddress(new Shown(address.street(locale), lang), both ? address.streetNl() : null,
					address.number(), address.postalCode(), new Shown(address.locality(locale), lang),
					both ? address.localityNl() : null);
		}

	}

}
