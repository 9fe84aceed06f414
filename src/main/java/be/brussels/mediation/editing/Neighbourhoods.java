package be.brussels.mediation.editing;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The City's neighbourhoods (from its neighbourhood map), which staff assign to offices'
 * service areas, and the postal codes of the Brussels-Capital Region. Both come from
 * migrations and never change while the site runs.
 */
@Component
@DependsOnDatabaseInitialization
class Neighbourhoods {

	private final List<Neighbourhood> all;

	private final Set<String> regionPostalCodes;

	Neighbourhoods(JdbcClient jdbc) {
		this.all = jdbc
			.sql("select code, initcap(name_fr) as name_fr, initcap(name_nl) as name_nl, boundary::text as boundary "
					+ "from neighbourhood order by code")
			.query(Neighbourhood.class)
			.list();
		// The Region's streets outside the City, and the City's own.
		this.regionPostalCodes = Set
			.copyOf(jdbc.sql("select postal_code from region_street union select unnest(postal_codes) from city_street")
				.query(String.class)
				.list());
	}

	List<Neighbourhood> inNameOrder(Locale locale) {
		Comparator<Object> collator = Collator.getInstance(locale);
		return this.all.stream().sorted(Comparator.comparing((n) -> n.name(locale), collator)).toList();
	}

	Set<Integer> codes() {
		return this.all.stream().map(Neighbourhood::code).collect(Collectors.toSet());
	}

	List<Neighbourhood> all() {
		return this.all;
	}

	boolean isRegionPostalCode(String postalCode) {
		return this.regionPostalCodes.contains(postalCode);
	}

	/**
	 * A neighbourhood with its boundary as a GeoJSON geometry (text).
	 */
	record Neighbourhood(int code, String nameFr, String nameNl, String boundary) {

		String name(Locale locale) {
			return "nl".equals(locale.getLanguage()) ? this.nameNl : this.nameFr;
		}

	}

}
