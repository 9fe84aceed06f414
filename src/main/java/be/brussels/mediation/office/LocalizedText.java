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
		String text = exactly(locale);
		return isPresent(text) ? text : this.fr;
	}

	/**
	 * {@code "fr"} when {@link #in(Locale)} falls back to French, so that the page can
	 * mark the change of language; otherwise {@code null}.
	 */
	public String fallbackLanguage(Locale locale) {
		return isPresent(exactly(locale)) ? null : "fr";
	}

	private String exactly(Locale locale) {
		return switch (locale.getLanguage()) {
			case "nl" -> this.nl;
			case "en" -> this.en;
			default -> this.fr;
		};
	}

	private static boolean isPresent(String text) {
		return text != null && !text.isBlank();
	}

}
