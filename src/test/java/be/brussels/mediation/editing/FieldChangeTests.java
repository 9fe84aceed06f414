package be.brussels.mediation.editing;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldChangeTests {

	@Test
	void marksOnlyTheWordsThatChanged() {
		FieldChange change = FieldChange.inWords("descriptionFr", "Aide pour le logement et l'emploi",
				"Aide pour le logement, la santé et l'emploi");
		assertThat(change.before()).extracting(FieldChange.Part::changed).containsOnlyOnce(true);
		assertThat(change.before().stream().filter(FieldChange.Part::changed).map(FieldChange.Part::text))
			.containsExactly("logement");
		assertThat(change.after().stream().filter(FieldChange.Part::changed).map(FieldChange.Part::text))
			.containsExactly("logement,", "la santé ");
		assertThat(change.after().stream().map(FieldChange.Part::text)).containsExactly("Aide pour le ", "logement,",
				" ", "la santé ", "et l'emploi");
	}

	@Test
	void aValueAddedOrRemovedIsOneChangedPart() {
		assertThat(FieldChange.inValues("email", List.of(), List.of("antenne@brucity.be")).after())
			.containsExactly(new FieldChange.Part("antenne@brucity.be", true));
		assertThat(FieldChange.inValues("email", List.of("antenne@brucity.be"), List.of()).after()).isEmpty();
	}

	@Test
	void aPhoneNumberChangesWholeNotDigitByDigit() {
		FieldChange change = FieldChange.inValues("phones", List.of("02 279 22 10", "0499 53 74 81"),
				List.of("02 279 22 10", "0499 53 74 80"));
		assertThat(change.before()).containsExactly(new FieldChange.Part("02 279 22 10, ", false),
				new FieldChange.Part("0499 53 74 81", true));
		assertThat(change.after()).containsExactly(new FieldChange.Part("02 279 22 10, ", false),
				new FieldChange.Part("0499 53 74 80", true));
	}

}
