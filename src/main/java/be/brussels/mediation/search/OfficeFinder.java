package be.brussels.mediation.search;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.PublishedOffices;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Answers "which office is mine?" from a street (French or Dutch name, with or without a
 * number, accent- and typo-tolerant) or a postal code, and finds the offices nearest a
 * point. An office's service area wins when staff have assigned neighbourhoods; otherwise
 * the nearest office answers, and says so.
 */
@Service
class OfficeFinder {

	private static final Pattern POSTAL_CODE = Pattern.compile("\\b(1[0-2]\\d\\d)\\b");

	/** House numbers and boxes: "10", "150A", "12 bte 3", "12/3". */
	private static final Pattern HOUSE_NUMBER = Pattern
		.compile("(?i)\\b\\d+\\s*[a-z]?\\b(\\s*(/|bte|bus|boite|boîte|box)\\s*\\w+)?");

	/**
	 * How close (pg_trgm word similarity, 0 to 1) a street name must be to the words
	 * typed to count as a match.
	 */
	private static final double WORD_SIMILARITY = 0.7;

	/**
	 * A word that resembles words of more streets than this says too little to look
	 * streets up by: the lookup would compare the query with most of them.
	 */
	private static final int MAX_STREETS_PER_WORD = 150;

	/** The most words a street is looked up by; no street name tells more. */
	private static final int MAX_TELLING_WORDS = 4;

	/**
	 * The kinds of street that end Dutch street names, written as one word with the name
	 * ("Hoogstraat", "Versailleslaan").
	 */
	private static final String DUTCH_STREET_TYPES = "(straat|laan|plein|steenweg|dreef|kaai|weg|gang|pad|park|hof|markt|poort|brug|dijk|wal)$";

	/** The most words read as misspelt: no street name has more. */
	private static final int MAX_WORDS = 8;

	/** Streets scoring this close to the best one are offered as a choice. */
	private static final double CLOSE_SCORE = 0.1;

	private static final String STREET_COLUMNS = "s.id, s.name_fr, s.name_nl, s.postal_codes, s.latitude, s.longitude, s.neighbourhood_code";

	private static final String NEAREST_OFFICE = """
			select o.id from office o where o.published
			order by earth_point(o.location_latitude, o.location_longitude) <-> earth_point(s.latitude, s.longitude)
			limit 1""";

	private static final String SERVICE_AREA_OFFICE = """
			select o.id from office o join office_neighbourhood n on n.office_id = o.id
			where o.published and n.neighbourhood_code = s.neighbourhood_code
			order by o.id limit 1""";

	/**
	 * The name typed, folded, and the words to look streets up by, as a source of one
	 * row: worked out in the query, not while planning it, so that PostgreSQL keeps one
	 * plan for every name.
	 */
	private static final String TYPED = "(select folded(:name) as name, string_to_array(:words, ' ') as words offset 0) as typed";

	private final JdbcClient jdbc;

	private final PublishedOffices offices;

	/** By postal code: codes are 1000 to 1299, so a few hundred entries at most. */
	private final Map<String, PostalCodeOffices> postalCodeOffices = new ConcurrentHashMap<>();

	OfficeFinder(JdbcClient jdbc, PublishedOffices offices) {
		this.jdbc = jdbc;
		this.offices = offices;
	}

	/**
	 * The published offices nearest a point, nearest first.
	 */
	@Transactional(readOnly = true)
	public List<NearbyOffice> nearest(double latitude, double longitude, int count) {
		Map<Long, Double> metres = this.jdbc.sql("""
				select o.id, earth_distance(earth_point(o.location_latitude, o.location_longitude),
				                            earth_point(:latitude, :longitude)) as metres
				from office o where o.published
				order by earth_point(o.location_latitude, o.location_longitude) <-> earth_point(:latitude, :longitude)
				limit :count""")
			.param("latitude", latitude)
			.param("longitude", longitude)
			.param("count", count)
			.query((row, number) -> Map.entry(row.getLong("id"), row.getDouble("metres")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return this.offices.withIds(metres.keySet())
			.stream()
			.map((office) -> new NearbyOffice(office, metres.get(office.getId())))
			.sorted((a, b) -> Double.compare(a.metres(), b.metres()))
			.toList();
	}

	/**
	 * Whether a point is in the City, or near enough to be: a street of the City lies
	 * within a kilometre.
	 */
	@Transactional(readOnly = true)
	public boolean isInCity(double latitude, double longitude) {
		return this.jdbc
			.sql("""
					select exists (select from city_street s
					               where earth_box(earth_point(:latitude, :longitude), 1000) @> earth_point(s.latitude, s.longitude)
					                 and earth_distance(earth_point(:latitude, :longitude), earth_point(s.latitude, s.longitude)) <= 1000)""")
			.param("latitude", latitude)
			.param("longitude", longitude)
			.query(Boolean.class)
			.single();
	}

	/**
	 * Street names that start like, or closely resemble, what a resident is typing, in
	 * the page language, for suggestions while typing.
	 */
	@Transactional(readOnly = true)
	public List<String> suggest(String typed, int count) {
		useWordSimilarityThreshold(WORD_SIMILARITY);
		String words = distinctWords(typed);
		List<String> names = suggestions(words, count);
		return names.isEmpty() ? corrected(words).map((corrected) -> suggestions(corrected, count)).orElse(names)
				: names;
	}

	private List<String> suggestions(String typed, int count) {
		String words = lookupWords(typed);
		if (words.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("select name from (select distinct on (name) " + """
				case when :language = 'nl' then s.name_nl else s.name_fr end as name,
				word_similarity(folded(:typed), folded(s.name_fr || ' ' || s.name_nl)) as score
				from city_street s
				where s.words && string_to_array(:words, ' ') and s.residential
				order by name, score desc) as names
				order by score desc, name
				limit :count""")
			.param("typed", typed)
			.param("words", words)
			.param("language", LocaleContextHolder.getLocale().getLanguage())
			.param("count", count)
			.query(String.class)
			.list();
	}

	/**
	 * The answer for what a resident typed; {@code chosenStreet} is the street they
	 * picked from an earlier list of candidates, if any.
	 */
	@Transactional(readOnly = true)
	Answer find(String input, Integer chosenStreet) {
		if (chosenStreet != null) {
			Optional<Street> street = this.jdbc.sql("select " + STREET_COLUMNS + " from city_street s where s.id = ?")
				.param(chosenStreet)
				.query(OfficeFinder::street)
				.optional();
			if (street.isPresent()) {
				return answerFor(street.get());
			}
		}
		Matcher postalCode = POSTAL_CODE.matcher(input);
		String code = postalCode.find() ? postalCode.group(1) : "";
		String name = HOUSE_NUMBER.matcher(POSTAL_CODE.matcher(input).replaceAll(" "))
			.replaceAll(" ")
			.replaceAll("[,;]", " ")
			.replaceAll("\\s+", " ")
			.strip();
		if (name.length() < 3) {
			return code.isEmpty() ? Answer.of(Answer.Kind.NOT_FOUND) : answerForPostalCode(code);
		}
		return answerForName(distinctWords(name), code);
	}

	private Answer answerForName(String name, String postalCode) {
		useWordSimilarityThreshold(WORD_SIMILARITY);
		Answer answer = answerFor(lookUp(name, postalCode), postalCode);
		if (answer.kind() == Answer.Kind.NOT_FOUND || answer.kind() == Answer.Kind.CHOOSE) {
			// Nothing, or no one street, as typed: perhaps a word is misspelt
			// ("rennards", "avenu des croix de gerre").
			Optional<String> corrected = corrected(name);
			if (corrected.isPresent()) {
				Answer better = answerFor(lookUp(corrected.get(), postalCode), postalCode);
				if (better.kind() != Answer.Kind.NOT_FOUND
						&& (answer.kind() == Answer.Kind.NOT_FOUND || better.kind() != Answer.Kind.CHOOSE)) {
					return better;
				}
			}
		}
		return answer;
	}

	private Answer answerFor(Optional<Matches> matches, String postalCode) {
		if (matches.isEmpty()) {
			// Only words such as "rue": the postal code, if any, is all there is to go
			// by.
			return postalCode.isEmpty() ? Answer.of(Answer.Kind.NOT_FOUND) : answerForPostalCode(postalCode);
		}
		List<Scored<Street>> streets = matches.get().streets();
		List<Scored<String>> elsewhere = matches.get().elsewhere();
		double best = streets.isEmpty() ? 0 : streets.get(0).score();
		double bestElsewhere = elsewhere.isEmpty() ? 0 : elsewhere.get(0).score();
		List<String> municipalities = elsewhere.stream()
			.filter((municipality) -> municipality.score() >= Math.max(best, bestElsewhere) - CLOSE_SCORE)
			.map(Scored::value)
			.toList();
		if (bestElsewhere > best + CLOSE_SCORE / 2) {
			return Answer.of(Answer.Kind.OUTSIDE_CITY).withMunicipalities(municipalities);
		}
		if (streets.isEmpty()) {
			return Answer.of(Answer.Kind.NOT_FOUND);
		}
		List<Street> candidates = streets.stream()
			.filter((street) -> street.score() >= best - CLOSE_SCORE)
			.map(Scored::value)
			.collect(Collectors.toMap((street) -> street.nameFr() + street.postalCodes(), Function.identity(),
					(first, second) -> first, LinkedHashMap::new))
			.values()
			.stream()
			.toList();
		if (candidates.size() > 1) {
			return Answer.of(Answer.Kind.CHOOSE)
				.withCandidates(candidates)
				.withMunicipalities(municipalities)
				.withPostalCode(postalCode);
		}
		return answerFor(candidates.get(0)).withMunicipalities(municipalities);
	}

	private Answer answerFor(Street street) {
		String neighbourhood = (street.neighbourhood() != null) ? neighbourhoodName(street.neighbourhood()) : null;
		if (!street.isLocated()) {
			return Answer.of(Answer.Kind.NOT_LOCATED).withStreet(street, neighbourhood);
		}
		List<Map<String, Object>> rows = this.jdbc.sql("""
				select pick.office_id, pick.served
				from city_street s
				cross join lateral (select coalesce((%1$s), (%2$s)) as office_id, (%1$s) is not null as served) as pick
				where s.id = ? and pick.office_id is not null""".formatted(SERVICE_AREA_OFFICE, NEAREST_OFFICE))
			.param(street.id())
			.query()
			.listOfRows();
		if (rows.isEmpty()) {
			// No office is published: nobody can be named.
			return Answer.of(Answer.Kind.NOT_LOCATED).withStreet(street, neighbourhood);
		}
		return officeAnswer(rows.get(0), Answer.Kind.SERVICE_AREA, Answer.Kind.NEAREST).withStreet(street,
				neighbourhood);
	}

	/**
	 * The office for a neighbourhood named: the one whose service area holds it, else the
	 * one nearest the middle of its streets.
	 */
	@Transactional(readOnly = true)
	Answer forNeighbourhood(int code) {
		List<Map<String, Object>> rows = this.jdbc
			.sql("""
					select pick.office_id, pick.served
					from (select avg(latitude) as latitude, avg(longitude) as longitude from city_street
					      where neighbourhood_code = :code) as s
					cross join lateral (select coalesce((%1$s), (%2$s)) as office_id, (%1$s) is not null as served) as pick
					where pick.office_id is not null"""
				.formatted(SERVICE_AREA_OFFICE.replace("s.neighbourhood_code", ":code"), NEAREST_OFFICE))
			.param("code", code)
			.query()
			.listOfRows();
		Answer answer = rows.isEmpty() ? Answer.of(Answer.Kind.NOT_FOUND)
				: officeAnswer(rows.get(0), Answer.Kind.NEIGHBOURHOOD_SERVICE_AREA, Answer.Kind.NEIGHBOURHOOD_NEAREST);
		return answer.withNeighbourhood(neighbourhoodName(code));
	}

	private Answer officeAnswer(Map<String, Object> found, Answer.Kind served, Answer.Kind nearest) {
		// None until the offices read for public pages are, when it was just published.
		List<Office> office = this.offices.withIds(List.of(((Number) found.get("office_id")).longValue()));
		return office.isEmpty() ? Answer.of(Answer.Kind.NOT_FOUND)
				: Answer.offices(((Boolean) found.get("served")) ? served : nearest, office);
	}

	/** A neighbourhood's name in the page language; English pages give both. */
	private String neighbourhoodName(int code) {
		return this.jdbc.sql("""
				select case when :language = 'nl' then name_nl
				            when :language = 'en' and name_fr <> name_nl then name_fr || ' / ' || name_nl
				            else name_fr end
				from neighbourhood where code = :code""")
			.param("language", LocaleContextHolder.getLocale().getLanguage())
			.param("code", code)
			.query(String.class)
			.single();
	}

	private Answer answerForPostalCode(String postalCode) {
		List<Long> officeIds = officesOfPostalCode(postalCode);
		if (officeIds.size() == 1) {
			return Answer.offices(Answer.Kind.POSTAL_CODE, this.offices.withIds(officeIds)).withPostalCode(postalCode);
		}
		if (officeIds.isEmpty()) {
			List<String> municipalities = this.jdbc.sql("""
					select distinct case when ? = 'nl' then municipality_nl else municipality_fr end
					from region_street where postal_code = ? order by 1""")
				.params(LocaleContextHolder.getLocale().getLanguage(), postalCode)
				.query(String.class)
				.list();
			return municipalities.isEmpty() ? Answer.of(Answer.Kind.NOT_FOUND)
					: Answer.of(Answer.Kind.OUTSIDE_CITY).withMunicipalities(municipalities);
		}
		return Answer.of(Answer.Kind.POSTAL_CODE_NEEDS_STREET).withPostalCode(postalCode);
	}

	/**
	 * The City's streets and the other municipalities whose streets match the name (in
	 * the postal code, if one is given), best first; nothing when no word of the name
	 * tells streets apart.
	 */
	private Optional<Matches> lookUp(String name, String postalCode) {
		String words = lookupWords(name);
		if (words.isEmpty()) {
			return Optional.empty();
		}
		List<Scored<Street>> streets = this.jdbc
			.sql("select " + STREET_COLUMNS + ", " + score("s") + "from " + TYPED + """
					, city_street s
					where s.words && typed.words and s.residential
					  and (:postalCode = '' or :postalCode = any(s.postal_codes))
					order by score desc, s.id
					limit 20""")
			.param("name", name)
			.param("words", words)
			.param("postalCode", postalCode)
			.query((row, number) -> new Scored<>(street(row, number), row.getDouble("score")))
			.list();
		List<Scored<String>> elsewhere = this.jdbc.sql("select m.municipality, max(m.score) as score from ("
				+ "select case when :language = 'nl' then r.municipality_nl else r.municipality_fr end as municipality, "
				+ score("r") + "from " + TYPED + """
						    , region_street r
						    where r.words && typed.words
						      and (:postalCode = '' or r.postal_code = :postalCode)) as m
						group by m.municipality
						order by score desc, m.municipality""")
			.param("name", name)
			.param("words", words)
			.param("postalCode", postalCode)
			.param("language", LocaleContextHolder.getLocale().getLanguage())
			.query((row, number) -> new Scored<>(row.getString("municipality"), row.getDouble("score")))
			.list();
		return Optional.of(new Matches(streets, elsewhere));
	}

	/**
	 * The first {@value #MAX_WORDS} different words of what was typed: a word said twice
	 * tells nothing more, and no street name has more words.
	 */
	private static String distinctWords(String typed) {
		Set<String> seen = new HashSet<>();
		return Arrays.stream(typed.strip().split("\\s+"))
			.filter((word) -> seen.add(word.toLowerCase(Locale.ROOT)))
			.limit(MAX_WORDS)
			.collect(Collectors.joining(" "));
	}

	/**
	 * The name (its first {@value #MAX_WORDS} words) with each word that is no word of
	 * the street names replaced by the nearest one, if one is near enough: a letter
	 * wrong, missing or extra (two from eight letters), the first letter right. "rue des
	 * rennards" reads "rue des renards", "avenu des croix de gerre" "avenue des croix de
	 * guerre". Empty when no word is replaced.
	 */
	private Optional<String> corrected(String name) {
		// A word of the street names is taken as written; another is compared with those
		// of its first letter and about its length.
		List<Map<String, Object>> words = this.jdbc
			.sql("""
					select typed.word, coalesce(
					    (select typed.word where exists (select from street_word w where w.word = typed.word)),
					    (select w.word from street_word w
					     where left(w.word, 1) = left(typed.word, 1)
					       and length(w.word) between length(typed.word) - 2 and length(typed.word) + 2
					       and levenshtein_less_equal(typed.word, w.word, 2) <= case when length(typed.word) >= 8 then 2 else 1 end
					     order by levenshtein_less_equal(typed.word, w.word, 2), w.streets desc, w.word
					     limit 1),
					    typed.word) as corrected
					from regexp_split_to_table(folded(:name), '[^a-z0-9]+') with ordinality as typed (word, position)
					where typed.word <> ''
					order by typed.position
					limit :count""")
			.param("name", name)
			.param("count", MAX_WORDS)
			.query()
			.listOfRows();
		if (words.stream().allMatch((word) -> word.get("word").equals(word.get("corrected")))) {
			return Optional.empty();
		}
		return Optional
			.of(words.stream().map((word) -> (String) word.get("corrected")).collect(Collectors.joining(" ")));
	}

	/**
	 * The words of the street names by which to look up the streets a name may be,
	 * separated by spaces. For each of its first {@value #MAX_TELLING_WORDS} words that
	 * tell streets apart, the first of these that few streets have ({@code street_word}):
	 * a Dutch compound ("Hoogstraat") itself; the words of the street names that resemble
	 * another word; the word itself; the same for the compound without its street type
	 * ("verbekestraat" for the "Verbekeplein"). "Rue Haute" is looked up by "haute";
	 * "rue", "de", "avenue" or "straat" tell nothing, and are never compared with every
	 * street. Empty when no word tells.
	 */
	private String lookupWords(String name) {
		// Each word is in one street at least: past MAX_STREETS_PER_WORD resembling
		// words, their streets are past it too, and no more need be read; a word in more
		// streets itself ("rue") resembles too many, and is compared with none. Each way
		// of looking is tried only if those before it tell nothing. The "offset 0" keeps
		// PostgreSQL from working each word's words out twice (once to keep the words
		// that tell, once to give them). The name stays a constant of the plan: a plan
		// made for any name (FinderCostTests) took 30 to 100 ms for some.
		return this.jdbc
			.sql("""
					with typed as (
					    select typed.word, typed.position, regexp_replace(typed.word, :streetTypes, '') as stem
					    from regexp_split_to_table(folded(:name), '[^a-z0-9]+') with ordinality as typed (word, position)
					    where typed.word <> ''),
					telling as (
					    select typed.position, found.words from typed cross join lateral (select coalesce(
					        (select array[typed.word] where typed.stem <> typed.word and exists (select from street_word w
					             where w.word = typed.word and w.streets <= :most)),
					        (select found.words from (select array_agg(w.word) as words from (select w.word from street_word w
					             where typed.word <% w.word limit :most + 1) as w) as found
					         where typed.stem = typed.word
					           and not exists (select from street_word w where w.word = typed.word and w.streets > :most)
					           and (select sum(w.streets) from street_word w where w.word = any(found.words)) <= :most),
					        (select array[typed.word] where exists (select from street_word w
					             where w.word = typed.word and w.streets <= :most)),
					        (select found.words from (select array_agg(w.word) as words from (select w.word from street_word w
					             where typed.stem <% w.word limit :most + 1) as w) as found
					         where typed.stem <> typed.word and length(typed.stem) >= 3
					           and not exists (select from street_word w where w.word = typed.stem and w.streets > :most)
					           and (select sum(w.streets) from street_word w where w.word = any(found.words)) <= :most),
					        (select array[typed.stem] where typed.stem <> typed.word and exists (select from street_word w
					             where w.word = typed.stem and w.streets <= :most))) as words offset 0) as found)
					select coalesce(string_agg(distinct word, ' '), '')
					from (select telling.words from telling where telling.words is not null
					      order by telling.position limit :count) as t
					cross join unnest(t.words) as word""")
			.param("name", name)
			.param("streetTypes", DUTCH_STREET_TYPES)
			.param("most", MAX_STREETS_PER_WORD)
			.param("count", MAX_TELLING_WORDS)
			.query(String.class)
			.single();
	}

	/**
	 * The offices that the City's streets of a postal code lead to (by service area, else
	 * nearest). Working it out takes every street of the code, up to 700: the answer is
	 * kept until the offices or their service areas change.
	 */
	private List<Long> officesOfPostalCode(String postalCode) {
		String offices = this.jdbc.sql("""
				select (select count(*) || '/' || coalesce(sum(version), 0) from office) || '/'
				    || (select count(*) || '/' || coalesce(sum(hashtext(office_id || ':' || neighbourhood_code)), 0)
				        from office_neighbourhood)""").query(String.class).single();
		PostalCodeOffices known = this.postalCodeOffices.get(postalCode);
		if (known != null && known.offices().equals(offices)) {
			return known.ids();
		}
		List<Long> ids = this.jdbc
			.sql("select distinct coalesce((" + SERVICE_AREA_OFFICE + "), (" + NEAREST_OFFICE
					+ ")) from city_street s where ? = any(s.postal_codes) and s.latitude is not null")
			.param(postalCode)
			.query(Long.class)
			.list();
		this.postalCodeOffices.put(postalCode, new PostalCodeOffices(offices, ids));
		return ids;
	}

	/**
	 * Sets, for the current transaction, how close a word must be for the trigram
	 * operators ({@code <%}) that let the indexes skip what cannot match.
	 */
	private void useWordSimilarityThreshold(double threshold) {
		this.jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)")
			.param(Double.toString(threshold))
			.query()
			.singleValue();
	}

	/**
	 * How well the name typed ({@link #TYPED}) matches a street's French or Dutch name:
	 * word similarity, with a little extra for a whole-name match, so that "Rue Royale"
	 * prefers itself to "Place Royale".
	 */
	private static String score(String table) {
		return ("greatest(word_similarity(typed.name, folded(%1$s.name_fr)), word_similarity(typed.name, folded(%1$s.name_nl)))"
				+ " + 0.1 * greatest(similarity(typed.name, folded(%1$s.name_fr)), similarity(typed.name, folded(%1$s.name_nl)))"
				+ " as score ")
			.formatted(table);
	}

	private static Street street(ResultSet row, int number) throws SQLException {
		Array codes = row.getArray("postal_codes");
		return new Street(row.getInt("id"), row.getString("name_fr"), row.getString("name_nl"),
				Arrays.asList((String[]) codes.getArray()), (Double) row.getObject("latitude"),
				(Double) row.getObject("longitude"), (Integer) row.getObject("neighbourhood_code"));
	}

	private record Scored<T>(T value, double score) {
	}

	/**
	 * The offices a postal code leads to, as worked out for the offices as they were.
	 */
	private record PostalCodeOffices(String offices, List<Long> ids) {
	}

	private record Matches(List<Scored<Street>> streets, List<Scored<String>> elsewhere) {

		boolean isEmpty() {
			return this.streets.isEmpty() && this.elsewhere.isEmpty();
		}

	}

}
