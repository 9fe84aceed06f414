package be.brussels.mediation.search;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OfficeRepository;
import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds published offices in PostgreSQL: by name, district or street in any of the three
 * languages (accent-insensitive and typo-tolerant with {@code unaccent} and
 * {@code pg_trgm}), by postal code, by phone number in any common writing, and by need.
 * Best matches first.
 */
@Service
class OfficeSearch {

	/**
	 * How close a word must be to count as a match (pg_trgm word similarity, 0 to 1): low
	 * enough for "marols" or "vosenstraat", high enough to keep out chance resemblances.
	 */
	private static final double WORD_SIMILARITY_THRESHOLD = 0.5;

	/** Results shown at most: the best ones; a resident refines the search for others. */
	private static final int MAX_RESULTS = 20;

	private static final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();

	private final JdbcClient jdbc;

	private final OfficeRepository offices;

	OfficeSearch(JdbcClient jdbc, OfficeRepository offices) {
		this.jdbc = jdbc;
		this.offices = offices;
	}

	@Transactional(readOnly = true)
	List<Office> search(String query, Locale locale) {
		Map<Long, Double> scores = this.jdbc
			.sql("""
					select match.id, max(match.score) as score
					from (
					    (select o.id, 1 - (folded(:query) <<-> o.search_text) as score
					     from office o where o.published
					     order by folded(:query) <<-> o.search_text limit :limit)
					  union all
					    (select o.id, 1 from office o where o.published and o.address_postal_code = trim(:query) limit :limit)
					  union all
					    (select p.office_id, 1 from office_phone p where p.number = :phone limit :limit)
					  union all
					    (select office_need.office_id, 0.9 * (1 - (folded(:query) <<-> n.search_text))
					     from need n join office_need on office_need.need_code = n.code
					     where word_similarity(folded(:query), n.search_text) >= :threshold limit :limit)
					) as match
					join office on office.id = match.id and office.published
					where match.score >= :threshold
					group by match.id
					order by score desc
					limit :limit
					""")
			.param("query", query)
			.param("phone", e164(query))
			.param("threshold", WORD_SIMILARITY_THRESHOLD)
			.param("limit", MAX_RESULTS)
			.query((row, number) -> Map.entry(row.getLong("id"), row.getDouble("score")))
			.list()
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
		return this.offices.findWithHoursByIdIn(scores.keySet())
			.stream()
			.sorted(Comparator.comparing((Office office) -> scores.get(office.getId()), Comparator.reverseOrder())
				.thenComparing(Office.byDistrict(locale)))
			.toList();
	}

	/**
	 * Sets, for the current transaction, how close a word must be for the trigram
	 * operators ({@code <%}) that let the indexes skip what cannot match.
	 */
	static void useWordSimilarityThreshold(JdbcClient jdbc, double threshold) {
		jdbc.sql("select set_config('pg_trgm.word_similarity_threshold', ?, true)")
			.param(Double.toString(threshold))
			.query()
			.singleValue();
	}

	/**
	 * The query as an E.164 number when it is a valid Belgian or international phone
	 * number ({@code 0499 53 74 81}, {@code +32 499 53 74 81}); otherwise an empty
	 * string.
	 */
	private static String e164(String query) {
		try {
			var number = phoneNumbers.parse(query, "BE");
			return phoneNumbers.isValidNumber(number) ? phoneNumbers.format(number, PhoneNumberFormat.E164) : "";
		}
		catch (NumberParseException ex) {
			return "";
		}
	}

}
