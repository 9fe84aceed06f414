package be.brussels.mediation.web;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The site's three languages. Every page lives under its language's path prefix
 * ({@code /fr/…}, {@code /nl/…}, {@code /en/…}); French is the default and the fallback.
 */
public enum SiteLanguage {

	FR("fr", "Français"), NL("nl", "Nederlands"), EN("en", "English");

	/** The path segment that starts every page's path, as a route pattern. */
	static final String PATH_PREFIX = "/{lang:fr|nl|en}";

	private static final List<Locale> LOCALES = Arrays.stream(values()).map(SiteLanguage::locale).toList();

	private final String tag;

	private final String nativeName;

	private final Locale locale;

	SiteLanguage(String tag, String nativeName) {
		this.tag = tag;
		this.nativeName = nativeName;
		this.locale = Locale.forLanguageTag(tag);
	}

	public String getTag() {
		return this.tag;
	}

	/** The language's name in that language, as a language switcher shows it. */
	public String getNativeName() {
		return this.nativeName;
	}

	public Locale locale() {
		return this.locale;
	}

	public static SiteLanguage of(Locale locale) {
		for (SiteLanguage language : values()) {
			if (language.tag.equals(locale.getLanguage())) {
				return language;
			}
		}
		return FR;
	}

	/**
	 * The language a path starts with: {@code /nl/offices/marolles} is Dutch.
	 */
	static Optional<SiteLanguage> ofPath(String path) {
		// Read for every page (and error page): without building strings.
		if (!path.startsWith("/")) {
			return Optional.empty();
		}
		for (SiteLanguage language : values()) {
			int end = language.tag.length() + 1;
			if (path.startsWith(language.tag, 1) && (path.length() == end || path.charAt(end) == '/')) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

	/**
	 * The best language for an {@code Accept-Language} header; French when none matches
	 * or the header cannot be read.
	 */
	static SiteLanguage negotiate(String acceptLanguage) {
		if (acceptLanguage == null || acceptLanguage.isBlank()) {
			return FR;
		}
		try {
			Locale best = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), LOCALES);
			return (best != null) ? of(best) : FR;
		}
		catch (IllegalArgumentException ex) {
			return FR;
		}
	}

}
