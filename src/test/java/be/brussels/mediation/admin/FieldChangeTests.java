package be.brussels.mediation.admin;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FieldChangeTests {

	@Test
	void marksOnlyTheWordsThatChanged() {
		FieldChange change = FieldChange.between("descriptionFr", "Aide pour le logement et l'emploi",
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
		assertThat(FieldChange.between("email", "", "antenne@brucity.be").after())
			.containsExactly(new FieldChange.Part("antenne@brucity.be", true));
		assertThat(FieldChange.between("email", "antenne@brucity.be", "").after()).isEmpty();
	}

}
