package be.brussels.mediation.office;

import java.util.Locale;

import jakarta.persistence.Embeddable;

/**
 * A text that residents read, in French, Dutch and English. French is the fallback when a
 * translation is missing.
 */
@Embeddable
public record LocalizedText(String fr, String nl, String en) {

	/**
	 * The text in the given locale's language, or the French text when that one is
	 * missing.
	 */
	public String in(Locale locale) {
		String text = switch (locale.getLanguage()) {
			case "nl" -> this.nl;
			case "en" -> this.en;
			default -> this.fr;
		};
		return (text != null && !text.isBlank()) ? text : this.fr;
	}

}
