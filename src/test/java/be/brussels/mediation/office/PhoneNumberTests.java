package be.brussels.mediation.office;

import be.brussels.mediation.office.PhoneNumber.Kind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Numbers are kept in E.164 form and shown as Belgians write them.
 */
class PhoneNumberTests {

	@Test
	void showsEachKindOfBelgianNumberTheWayResidentsDialIt() {
		assertThat(new PhoneNumber("+3224278344", Kind.LANDLINE).national()).isEqualTo("02 427 83 44");
		assertThat(new PhoneNumber("+3250123456", Kind.LANDLINE).national()).isEqualTo("050 12 34 56");
		assertThat(new PhoneNumber("+32499537481", Kind.MOBILE).national()).isEqualTo("0499 53 74 81");
	}

	@Test
	void readsWhatStaffTypeInAnyUsualWriting() {
		assertThat(PhoneNumber.parseBelgian("02/427.83.44")).contains(new PhoneNumber("+3224278344", Kind.LANDLINE));
		assertThat(PhoneNumber.parseBelgian("+32 499 53 74 81")).contains(new PhoneNumber("+32499537481", Kind.MOBILE));
		assertThat(PhoneNumber.parseBelgian("02 427 83 44 ext. 12")).isEmpty();
		assertThat(PhoneNumber.parseBelgian("+33 1 23 45 67 89")).isEmpty();
	}

	@Test
	void showsANumberItCannotReadAsStored() {
		assertThat(new PhoneNumber("+33123456789", Kind.LANDLINE).national()).isEqualTo("+33123456789");
		assertThat(new PhoneNumber("+32abc", Kind.LANDLINE).national()).isEqualTo("+32abc");
	}

}
