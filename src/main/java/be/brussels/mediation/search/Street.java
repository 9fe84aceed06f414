package be.brussels.mediation.search;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A street of the City of Brussels, with its official French and Dutch names, its postal
 * codes, a point on it when known and the neighbourhood that point lies in.
 */
public record Street(int id, String nameFr, String nameNl, List<String> postalCodes, Double latitude, Double longitude,
		Integer neighbourhood) {

	/** The street's name in the page language; English pages give both official names. */
	public String name(Locale locale) {
		return switch (locale.getLanguage()) {
			case "nl" -> this.nameNl;
			case "en" -> this.nameFr.equals(this.nameNl) ? this.nameFr : this.nameFr + " / " + this.nameNl;
			default -> this.nameFr;
		};
	}

	/**
	 * The name as a sentence puts it after "pour" or "bij": "la rue Haute", "l'avenue de
	 * Versailles", "de Hoogstraat", "het Fontainasplein"; English pages give both names.
	 */
	public String inSentence(Locale locale) {
		return switch (locale.getLanguage()) {
			case "fr" ->
				FrenchStreetType.of(this.nameFr).map((type) -> type.withArticle(this.nameFr)).orElse(this.nameFr);
			case "nl" -> (NEUTER_DUTCH_STREET.matcher(this.nameNl).find() ? "het " : "de ") + this.nameNl;
			default -> name(locale);
		};
	}

	/**
	 * The name as a sentence puts it after "de" ("le plus proche de la rue Haute", "du
	 * boulevard Anspach"); a name of no known kind is quoted: "de « Mont des Arts »".
	 * Other languages as {@link #inSentence}.
	 */
	public String afterOf(Locale locale) {
		if (!"fr".equals(locale.getLanguage())) {
			return inSentence(locale);
		}
		return FrenchStreetType.of(this.nameFr)
			.map((type) -> type.afterDe(this.nameFr))
			.orElse("de « " + this.nameFr + " »");
	}

	/** The name with the postal codes, to tell same-named streets apart. */
	public String label(Locale locale) {
		return this.postalCodes.isEmpty() ? name(locale)
				: name(locale) + " (" + String.join(", ", this.postalCodes) + ")";
	}

	boolean isLocated() {
		return this.latitude != null;
	}

	/** Dutch street names that take "het": squares, parks, courts, paths. */
	private static final Pattern NEUTER_DUTCH_STREET = Pattern.compile("(plein|park|hof|pad|plantsoen|bos|erf)$");

	/**
	 * The kinds of street that begin French names, with their gender, for the article
	 * ("la rue", "l'avenue", "le boulevard") and its contraction with "de" ("du
	 * boulevard").
	 */
	private enum FrenchStreetType {

		RUE(false), PLACE(false), CHAUSSEE(false), DREVE(false), CITE(false), VENELLE(false), MONTAGNE(false),
		PORTE(false), COUR(false), GALERIE(false), PETITE(false), RUELLE(false), ROUTE(false), AVENUE(false),
		ALLEE(false), IMPASSE(false), ESPLANADE(false), BOULEVARD(true), QUAI(true), SQUARE(true), PARVIS(true),
		PASSAGE(true), REMPART(true), CHEMIN(true), CLOS(true), SENTIER(true), VAL(true), MARCHE(true), PARC(true),
		PONT(true), JARDIN(true), CARREFOUR(true), MONT(true), ESCALIER(true), PETIT(true);

		private final boolean masculine;

		FrenchStreetType(boolean masculine) {
			this.masculine = masculine;
		}

		static Optional<FrenchStreetType> of(String name) {
			String first = Normalizer.normalize(name.split("[\\s-]", 2)[0], Normalizer.Form.NFD)
				.replaceAll("\\p{M}", "")
				.toUpperCase(Locale.ROOT);
			return Arrays.stream(values()).filter((type) -> type.name().equals(first)).findFirst();
		}

		private boolean elides() {
			return "AEIOU".indexOf(name().charAt(0)) >= 0;
		}

		String withArticle(String name) {
			String lowered = Character.toLowerCase(name.charAt(0)) + name.substring(1);
			return (elides() ? "l'" : this.masculine ? "le " : "la ") + lowered;
		}

		String afterDe(String name) {
			String lowered = Character.toLowerCase(name.charAt(0)) + name.substring(1);
			return (elides() ? "de l'" : this.masculine ? "du " : "de la ") + lowered;
		}

	}

}
