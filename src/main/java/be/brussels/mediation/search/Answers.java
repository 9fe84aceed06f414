package be.brussels.mediation.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.PhoneNumber;
import be.brussels.mediation.office.PublishedOffices;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one search behind every search box: what a resident typed, answered with their
 * office and how it was reached. It understands, in French and Dutch (and English), a
 * phone number in any writing, a postal code, the names of offices, districts,
 * neighbourhoods and the Region's other municipalities ({@code search_term}, typos
 * forgiven), a street with or without number, and needs; words that say nothing alone
 * ("help", "rue") match nothing.
 */
@Service
class Answers {

	private static final Pattern POSTAL_CODE_ONLY = Pattern.compile("\\s*\\d{4}\\s*");

	/** The most offices an answer lists when it names none in particular. */
	private static final int MAX_LISTED = 12;

	/** A need's name in the page language ({@code :language}). */
	private static final String NEED_NAME = "case :language when 'nl' then name_nl when 'en' then name_en else name_fr end";

	/** Which kind of name wins when names of several kinds match as well. */
	private static final List<String> KIND_ORDER = List.of("OFFICE", "NEIGHBOURHOOD", "MUNICIPALITY", "NEED", "VAGUE");

	private final JdbcClient jdbc;

	private final OfficeFinder finder;

	private final PublishedOffices offices;

	Answers(JdbcClient jdbc, OfficeFinder finder, PublishedOffices offices) {
		this.jdbc = jdbc;
		this.finder = finder;
		this.offices = offices;
	}

	/**
	 * The answer for what a resident typed; {@code chosenStreet} is the street they
	 * picked from an earlier list of candidates, if any.
	 */
	@Transactional(readOnly = true)
	Answer answer(String query, Integer chosenStreet) {
		if (chosenStreet != null) {
			Answer chosen = this.finder.find(query, chosenStreet);
			if (chosen.kind() != Answer.Kind.NOT_FOUND) {
				return chosen;
			}
		}
		// Office numbers are Belgian: a number of elsewhere is no office's.
		Optional<PhoneNumber> phone = PhoneNumber.parseBelgian(query);
		if (phone.isPresent()) {
			return officesWithPhone(phone.get().e164());
		}
		if (POSTAL_CODE_ONLY.matcher(query).matches()) {
			return this.finder.find(query, null);
		}
		List<Map<String, Object>> names = namesMatching(query);
		if (!names.isEmpty()) {
			return answerForName(names);
		}
		// A need named in a sentence ("j'ai des dettes") before a street that resembles
		// it; after the streets if its word is one of theirs ("arts", "Mont des Arts").
		List<String> needs = needsNamedIn(query, false);
		if (!needs.isEmpty()) {
			return needAnswer(needs.get(0));
		}
		Answer answer = this.finder.find(query, null);
		if (answer.kind() != Answer.Kind.NOT_FOUND) {
			return answer;
		}
		needs = needsNamedIn(query, true);
		return needs.isEmpty() ? answer : needAnswer(needs.get(0));
	}

	/**
	 * The names that match the whole query best: as typed, without the words that frame a
	 * name ("quartier", "bureau"), or with a few letters wrong (two at most, one in a
	 * word of five letters, none in shorter words: "marols" is "Marolles", "hello" is not
	 * "Helmet"). A text longer than every name by more than two letters is no misspelt
	 * name: its trigrams, which a long street address shares with thousands of names, are
	 * not compared with theirs. The query's key and bare form are worked out once, before
	 * the plan: PostgreSQL keeps one plan for every text instead of planning each anew.
	 */
	private List<Map<String, Object>> namesMatching(String query) {
		this.jdbc.sql("select set_config('pg_trgm.similarity_threshold', '0.3', true)").query().singleValue();
		return this.jdbc
			.sql("""
					with typed as materialized (select search_key(:query) as key, search_bare(:query) as bare),
					matching as (
					    select t.kind, t.office_id, t.neighbourhood_code, t.municipality_fr, t.municipality_nl, t.need_code,
					           case when t.term = typed.key then 0 else 1 end as distance
					    from typed, search_term t
					    where (t.term = typed.key or t.bare = typed.bare)
					      and (t.office_id is null or exists (select from office o where o.id = t.office_id and o.published))
					    union all
					    select t.kind, t.office_id, t.neighbourhood_code, t.municipality_fr, t.municipality_nl, t.need_code,
					           1 + levenshtein(t.bare, typed.bare) as distance
					    from typed, search_term t
					    where length(typed.bare) <= (select max(length(longest.bare)) from search_term longest) + 2
					      and t.kind <> 'VAGUE' and t.bare % typed.bare
					      and t.term <> typed.key and t.bare <> typed.bare
					      and left(t.bare, 1) = left(typed.bare, 1)
					      and levenshtein_less_equal(t.bare, typed.bare, 2)
					          <= case when length(typed.bare) <= 4 then 0
					                  when length(typed.bare) = 5 then 1 else 2 end
					      and (t.office_id is null or exists (select from office o where o.id = t.office_id and o.published))
					    union all
					    select 'VAGUE', null, null, null, null, null, 0 from typed where typed.bare = '')
					select * from matching where distance = (select min(distance) from matching)""")
			.param("query", query)
			.query()
			.listOfRows();
	}

	private Answer answerForName(List<Map<String, Object>> names) {
		String kind = names.stream()
			.map((name) -> (String) name.get("kind"))
			.min(Comparator.comparing(KIND_ORDER::indexOf))
			.orElseThrow();
		List<Map<String, Object>> best = names.stream().filter((name) -> kind.equals(name.get("kind"))).toList();
		return switch (kind) {
			case "OFFICE" -> Answer.offices(Answer.Kind.OFFICE,
					this.offices
						.withIds(best.stream().map((name) -> ((Number) name.get("office_id")).longValue()).toList())
						.stream()
						.sorted(Office.byDistrict(LocaleContextHolder.getLocale()))
						.toList());
			case "NEIGHBOURHOOD" ->
				this.finder.forNeighbourhood(((Number) best.get(0).get("neighbourhood_code")).intValue());
			case "MUNICIPALITY" -> Answer.of(Answer.Kind.OUTSIDE_CITY)
				.withMunicipalities(best.stream()
					.map((name) -> (String) name.get(isDutch() ? "municipality_nl" : "municipality_fr"))
					.distinct()
					.sorted()
					.toList());
			case "NEED" -> needAnswer((String) best.get(0).get("need_code"));
			default -> Answer.of(Answer.Kind.VAGUE);
		};
	}

	/**
	 * The needs named by a word of the query, or a phrase in it ("j'ai des dettes",
	 * "problème de bruit"), one letter wrong at most in words of five letters or more.
	 */
	private List<String> needsNamedIn(String query, boolean streetWords) {
		return this.jdbc
			.sql("""
					select t.need_code
					from search_term t
					where t.kind = 'NEED'
					  and (:streetWords or not exists (select from street_word w where w.word = t.term))
					  and (' ' || search_key(:query) || ' ' like '% ' || t.term || ' %'
					       or (length(t.term) >= 5 and position(' ' in t.term) = 0
					           and exists (select from unnest(string_to_array(search_key(:query), ' ')) as typed (word)
					                       where length(typed.word) >= 5 and left(t.term, 1) = left(typed.word, 1)
					                         and (:streetWords or not exists (select from street_word w where w.word = typed.word))
					                         and levenshtein_less_equal(t.term, typed.word, 1) <= 1)))
					group by t.need_code
					order by count(*) desc, t.need_code""")
			.param("query", query)
			.param("streetWords", streetWords)
			.query(String.class)
			.list();
	}

	/** The needs every office helps with, by name in the page language. */
	@Transactional(readOnly = true)
	List<String> needNames() {
		return this.jdbc.sql("select " + NEED_NAME + " as name from need order by name")
			.param("language", LocaleContextHolder.getLocale().getLanguage())
			.query(String.class)
			.list();
	}

	private Answer needAnswer(String need) {
		String name = this.jdbc.sql("select " + NEED_NAME + " from need where code = :code")
			.param("language", LocaleContextHolder.getLocale().getLanguage())
			.param("code", need)
			.query(String.class)
			.single();
		return Answer.offices(Answer.Kind.NEED, allOfficesIfFew()).withNeed(name);
	}

	/**
	 * Every published office, when they are few enough to list on an answer; none
	 * otherwise (a directory of many offices lists them on a page of their own).
	 */
	List<Office> allOfficesIfFew() {
		return (this.offices.count() <= MAX_LISTED) ? this.offices.inDistrictOrder(LocaleContextHolder.getLocale())
				: List.of();
	}

	private Answer officesWithPhone(String phone) {
		List<Long> ids = this.jdbc.sql(
				"select p.office_id from office_phone p join office o on o.id = p.office_id and o.published where p.number = ?")
			.param(phone)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return Answer.of(Answer.Kind.NOT_FOUND);
		}
		Locale locale = LocaleContextHolder.getLocale();
		return Answer.offices(Answer.Kind.OFFICE,
				this.offices.withIds(ids).stream().sorted(Office.byDistrict(locale)).toList());
	}

	private static boolean isDutch() {
		return "nl".equals(LocaleContextHolder.getLocale().getLanguage());
	}

}
