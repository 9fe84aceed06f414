package be.brussels.mediation.office;

import java.util.Locale;

import ezvcard.Ezvcard;
import ezvcard.VCard;
import ezvcard.VCardVersion;
import ezvcard.parameter.AddressType;
import ezvcard.parameter.TelephoneType;
import ezvcard.property.Address;
import ezvcard.property.Organization;
import ezvcard.property.Telephone;
import ezvcard.util.TelUri;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An office as a contact to save in a phone (vCard 4.0): its name, the City's service as
 * organisation, its address in French and Dutch, phones, e-mail, website and position.
 */
@Component
class OfficeContactCard {

	private final MessageSource messages;

	OfficeContactCard(MessageSource messages) {
		this.messages = messages;
	}

	String of(Office office, String officeUrl, Locale locale) {
		VCard card = new VCard();
		card.setFormattedName(office.getName().in(locale));
		Organization organisation = new Organization();
		organisation.getValues().add(this.messages.getMessage("site.city", null, locale));
		organisation.getValues().add(this.messages.getMessage("site.name", null, locale));
		card.setOrganization(organisation);
		var postal = office.getAddress();
		card.addAddress(address(postal.streetFr(), postal, postal.localityFr(), "fr"));
		card.addAddress(address(postal.streetNl(), postal, postal.localityNl(), "nl"));
		for (PhoneNumber phone : office.getPhones()) {
			Telephone telephone = new Telephone(TelUri.parse("tel:" + phone.e164()));
			telephone.getTypes().add(TelephoneType.VOICE);
			telephone.getTypes()
				.add((phone.kind() == PhoneNumber.Kind.MOBILE) ? TelephoneType.CELL : TelephoneType.WORK);
			card.addTelephoneNumber(telephone);
		}
		if (office.getEmail() != null) {
			card.addEmail(office.getEmail());
		}
		card.addUrl((office.getWebsite() != null) ? office.getWebsite() : officeUrl);
		card.setGeo(office.getLocation().latitude(), office.getLocation().longitude());
		return Ezvcard.write(card).version(VCardVersion.V4_0).prodId(false).go();
	}

	private static Address address(String street, be.brussels.mediation.office.Address postal, String locality,
			String language) {
		Address address = new Address();
		address.setStreetAddress(street + " " + postal.number());
		address.setPostalCode(postal.postalCode());
		address.setLocality(locality);
		address.setCountry(language.equals("nl") ? "België" : "Belgique");
		address.getTypes().add(AddressType.WORK);
		address.setLanguage(language);
		return address;
	}

}
