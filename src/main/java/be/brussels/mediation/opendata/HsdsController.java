package be.brussels.mediation.opendata;

import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.PublishedOffices;
import be.brussels.mediation.web.DateText;
import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.SiteLanguage;
import be.brussels.mediation.web.WithoutLanguagePrefix;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The directory as Open Referral's HSDS 3.0 API: every endpoint of the standard's
 * {@code openapi.json}, its paging ({@code page} from 1, {@code per_page} up to
 * {@value #MAX_PER_PAGE}) and filters (but a postal code and a distance from it), in the
 * language asked for ({@code lang}: fr, nl or en; French by default). Only published
 * offices; nothing about staff. A bad parameter answers 400 and an unknown id 404, both
 * as {@code application/problem+json} with a message in that language.
 */
@RestController
@WithoutLanguagePrefix
@RequestMapping(path = "/api/hsds", produces = MediaType.APPLICATION_JSON_VALUE)
class HsdsController {

	static final int MAX_PER_PAGE = 100;

	private static final int DEFAULT_PER_PAGE = 50;

	private static final int MAX_SEARCH = 200;

	private final PublishedOffices offices;

	private final HsdsDocuments documents;

	private final MessageSource messages;

	private final Links links;

	private final OpenApiDescription description;

	HsdsController(PublishedOffices offices, HsdsDocuments documents, MessageSource messages, Links links,
			OpenApiDescription description) {
		this.offices = offices;
		this.documents = documents;
		this.messages = messages;
		this.links = links;
		this.description = description;
	}

	@GetMapping("/")
	Map<String, Object> root(@RequestParam Map<String, String> parameters) {
		Query.of(parameters, "lang");
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("version", HsdsDocuments.VERSION);
		root.put("profile", "https://docs.openreferral.org/en/v3.0/");
		root.put("openapi_url", this.links.absolute("/api/hsds/openapi.json"));
		return root;
	}

	/** This API's OpenAPI description: the standard's, completed. */
	@GetMapping("/openapi.json")
	byte[] openApi(@RequestParam Map<String, String> parameters) {
		Query.of(parameters);
		return this.description.json();
	}

	@GetMapping("/services")
	Map<String, Object> services(@RequestParam Map<String, String> parameters) {
		Query query = Query.of(parameters, "search", "page", "per_page", "format", "taxonomy_term_id", "taxonomy_id",
				"organization_id", "modified_after", "minimal", "full", "lang");
		boolean full = query.flag("full");
		boolean minimal = query.flag("minimal");
		List<HsdsDocuments.Need> needs = this.documents.needs();
		return query.page(offered(query, needs), (office) -> {
			if (minimal) {
				Map<String, Object> service = new LinkedHashMap<>();
				service.put("id", HsdsDocuments.serviceId(office).toString());
				service.put("modified_date", office.getLastChanged().toString());
				return service;
			}
			return this.documents.service(office, query.language(), needs, full);
		});
	}

	@GetMapping("/services/{id}")
	Map<String, Object> service(@PathVariable String id, @RequestParam Map<String, String> parameters) {
		Query query = Query.of(parameters, "lang");
		return this.documents.service(office(id, HsdsDocuments::serviceId), query.language(), this.documents.needs(),
				true);
	}

	@GetMapping("/service_at_locations")
	Map<String, Object> serviceAtLocations(@RequestParam Map<String, String> parameters) {
		Query query = Query.of(parameters, "search", "taxonomy_term_id", "taxonomy_id", "organization_id",
				"modified_after", "full", "page", "per_page", "format", "lang");
		boolean full = query.flag("full");
		List<HsdsDocuments.Need> needs = this.documents.needs();
		return query.page(offered(query, needs),
				(office) -> this.documents.serviceAtLocation(office, query.language(), needs, full, full));
	}

	@GetMapping("/service_at_locations/{id}")
	Map<String, Object> serviceAtLocation(@PathVariable String id, @RequestParam Map<String, String> parameters) {
		Query query = Query.of(parameters, "lang");
		return this.documents.serviceAtLocation(office(id, HsdsDocuments::serviceAtLocationId), query.language(),
				this.documents.needs(), true, true);
	}

	@GetMapping("/organizations")
	Map<String, Object> organizations(@RequestParam Map<String, String> parameters) {
		Query query = Query.of(parameters, "search", "full_service", "full", "page", "per_page", "format", "lang");
		Map<String, Object> named = this.documents.organization(List.of(), query.language(), false, false);
		boolean found = query.matches((String) named.get("name"), (String) named.get("description"));
		return query.page(found ? List.of(organization(query)) : List.of(), Function.identity());
	}

	@GetMapping("/organizations/{id}")
	Map<String, Object> organization(@PathVariable String id, @RequestParam Map<String, String> parameters) {
		Query query = Query.of(parameters, "full_service", "lang");
		if (!this.documents.organizationId().equals(uuid(id))) {
			throw HsdsRequestException.notFound();
		}
		return this.documents.organization(this.offices.inDistrictOrder(query.language().locale()), query.language(),
				true, query.flag("full_service"));
	}

	@GetMapping("/taxonomies")
	Map<String, Object> taxonomies(@RequestParam Map<String, String> parameters) {
		Query query = Query.of(parameters, "search", "page", "per_page", "format", "lang");
		Map<String, Object> taxonomy = this.documents.taxonomy(query.language());
		boolean found = query.matches((String) taxonomy.get("name"), (String) taxonomy.get("description"));
		return query.page(found ? List.of(taxonomy) : List.of(), Function.identity());
	}

	@GetMapping("/taxonomies/{id}")
	Map<String, Object> taxonomy(@PathVariable String id, @RequestParam Map<String, String> parameters) {
		Query query = Query.of(parameters, "lang");
		if (!this.documents.taxonomyId().equals(uuid(id))) {
			throw HsdsRequestException.notFound();
		}
		return this.documents.taxonomy(query.language());
	}

	@GetMapping("/taxonomy_terms")
	Map<String, Object> taxonomyTerms(@RequestParam Map<String, String> parameters) {
		Query query = Query.of(parameters, "search", "page", "per_page", "format", "taxonomy_id", "top_only",
				"parent_id", "lang");
		UUID taxonomy = query.id("taxonomy_id");
		UUID parent = query.id("parent_id");
		query.flag("top_only");
		SiteLanguage language = query.language();
		List<HsdsDocuments.Need> needs = this.documents.needs()
			.stream()
			// The needs are one level: none has a parent.
			.filter((need) -> parent == null)
			.filter((need) -> taxonomy == null || taxonomy.equals(this.documents.taxonomyId()))
			.filter((need) -> query.matches(need.code(), need.name(language)))
			.toList();
		return query.page(needs, (need) -> this.documents.term(need, language, false));
	}

	@GetMapping("/taxonomy_terms/{id}")
	Map<String, Object> taxonomyTerm(@PathVariable String id, @RequestParam Map<String, String> parameters) {
		Query query = Query.of(parameters, "lang");
		UUID asked = uuid(id);
		return this.documents.needs()
			.stream()
			.filter((need) -> need.id().equals(asked))
			.findFirst()
			.map((need) -> this.documents.term(need, query.language(), true))
			.orElseThrow(HsdsRequestException::notFound);
	}

	/** The offices whose service the query's filters keep, in district order. */
	private List<Office> offered(Query query, List<HsdsDocuments.Need> needs) {
		UUID term = query.id("taxonomy_term_id");
		UUID taxonomy = query.id("taxonomy_id");
		UUID organization = query.id("organization_id");
		Instant modifiedAfter = query.instant("modified_after");
		Locale locale = query.language().locale();
		// Every service carries every need, of the one taxonomy, and is the
		// organisation's.
		if ((term != null && needs.stream().noneMatch((need) -> need.id().equals(term)))
				|| (taxonomy != null && !taxonomy.equals(this.documents.taxonomyId()))
				|| (organization != null && !organization.equals(this.documents.organizationId()))) {
			return List.of();
		}
		return this.offices.inDistrictOrder(locale)
			.stream()
			.filter((office) -> modifiedAfter == null || !office.getLastChanged().isBefore(modifiedAfter))
			.filter((office) -> query.matches(office.getName().in(locale), office.getDistrict().in(locale),
					(office.getDescription() != null) ? office.getDescription().in(locale) : null,
					office.getAddress().street(locale)))
			.toList();
	}

	private Map<String, Object> organization(Query query) {
		boolean full = query.flag("full");
		return this.documents.organization(this.offices.inDistrictOrder(query.language().locale()), query.language(),
				full, full && query.flag("full_service"));
	}

	/** The published office whose service or link to a location has the id asked for. */
	private Office office(String id, Function<Office, UUID> identifier) {
		UUID asked = uuid(id);
		return this.offices.inDistrictOrder(Locale.FRENCH)
			.stream()
			.filter((office) -> identifier.apply(office).equals(asked))
			.findFirst()
			.orElseThrow(HsdsRequestException::notFound);
	}

	/**
	 * The id of a path, as this API writes ids (lower case, no spaces): one address for
	 * each item, so that other spellings cannot fill the page cache.
	 */
	private static UUID uuid(String id) {
		try {
			UUID uuid = UUID.fromString(id);
			if (uuid.toString().equals(id)) {
				return uuid;
			}
		}
		catch (IllegalArgumentException ex) {
			// Not found, as any other id.
		}
		throw HsdsRequestException.notFound();
	}

	@ExceptionHandler
	ResponseEntity<ProblemDetail> refused(HsdsRequestException refusal, HttpServletRequest request) {
		String lang = request.getParameter("lang");
		SiteLanguage language = SiteLanguage.of(Locale.forLanguageTag((lang != null) ? lang.strip() : "fr"));
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(refusal.status(),
				this.messages.getMessage(refusal.messageKey(), refusal.arguments(), language.locale()));
		problem
			.setTitle(this.messages.getMessage("opendata.error." + refusal.status().value(), null, language.locale()));
		return ResponseEntity.status(refusal.status())
			.cacheControl(CacheControl.noStore())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.body(problem);
	}

	/**
	 * A request's parameters, read and checked: each unknown to the endpoint, or with a
	 * value it cannot take, is refused with a message that names it.
	 */
	private record Query(Map<String, String> parameters) {

		static Query of(Map<String, String> parameters, String... known) {
			List<String> allowed = List.of(known);
			for (String name : parameters.keySet()) {
				if (!allowed.contains(name)) {
					throw HsdsRequestException.badRequest("opendata.error.unknownParameter", name,
							String.join(", ", allowed));
				}
			}
			Query query = new Query(parameters);
			String format = query.text("format");
			if (format != null && !format.equals("json")) {
				throw HsdsRequestException.badRequest("opendata.error.format", format);
			}
			query.language();
			return query;
		}

		String text(String name) {
			String value = this.parameters.get(name);
			if (value == null || value.isBlank()) {
				return null;
			}
			if (value.length() > MAX_SEARCH) {
				throw HsdsRequestException.badRequest("opendata.error.tooLong", name, MAX_SEARCH);
			}
			return value.strip();
		}

		SiteLanguage language() {
			String tag = text("lang");
			if (tag == null) {
				return SiteLanguage.FR;
			}
			return Stream.of(SiteLanguage.values())
				.filter((language) -> language.getTag().equals(tag))
				.findFirst()
				.orElseThrow(() -> HsdsRequestException.badRequest("opendata.error.language", tag));
		}

		boolean flag(String name) {
			String value = text(name);
			if (value == null) {
				return false;
			}
			return switch (value.toLowerCase(Locale.ROOT)) {
				case "true", "1" -> true;
				case "false", "0" -> false;
				default -> throw HsdsRequestException.badRequest("opendata.error.boolean", name, value);
			};
		}

		UUID id(String name) {
			String value = text(name);
			if (value == null) {
				return null;
			}
			try {
				return UUID.fromString(value);
			}
			catch (IllegalArgumentException ex) {
				throw HsdsRequestException.badRequest("opendata.error.uuid", name, value);
			}
		}

		int number(String name, int byDefault, int max) {
			String value = text(name);
			if (value == null) {
				return byDefault;
			}
			try {
				int number = Integer.parseInt(value);
				if (number >= 1 && number <= max) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// Refused below, as any other number out of range.
			}
			throw HsdsRequestException.badRequest("opendata.error.number", name, value, max);
		}

		/**
		 * A date and time, with or without offset (Brussels time), or a date. An offset's
		 * "+" left unencoded in the query reads as a space, and is read back.
		 */
		Instant instant(String name) {
			String value = (text(name) != null) ? text(name).replace(' ', '+') : null;
			if (value == null) {
				return null;
			}
			try {
				if (value.length() == 10) {
					return LocalDate.parse(value).atStartOfDay(DateText.BRUSSELS).toInstant();
				}
				try {
					return OffsetDateTime.parse(value).toInstant();
				}
				catch (DateTimeParseException ex) {
					return LocalDateTime.parse(value).atZone(DateText.BRUSSELS).toInstant();
				}
			}
			catch (DateTimeParseException ex) {
				throw HsdsRequestException.badRequest("opendata.error.dateTime", name, value);
			}
		}

		/**
		 * Whether the texts hold the search's every word, accents aside; any texts do
		 * when nothing is searched for.
		 */
		boolean matches(String... texts) {
			String search = text("search");
			if (search == null) {
				return true;
			}
			String haystack = folded(String.join(" ", Stream.of(texts).filter((text) -> text != null).toList()));
			return Stream.of(folded(search).split("\\s+")).allMatch(haystack::contains);
		}

		/** One page of the items, as HSDS pages them. */
		<T> Map<String, Object> page(List<T> items, Function<T, Map<String, Object>> document) {
			int perPage = number("per_page", DEFAULT_PER_PAGE, MAX_PER_PAGE);
			int pages = Math.max(1, (items.size() + perPage - 1) / perPage);
			int page = number("page", 1, Integer.MAX_VALUE);
			List<Map<String, Object>> contents = items.stream()
				.skip((long) (page - 1) * perPage)
				.limit(perPage)
				.map(document)
				.toList();
			Map<String, Object> answer = new LinkedHashMap<>();
			answer.put("total_items", items.size());
			answer.put("total_pages", pages);
			answer.put("page_number", page);
			answer.put("size", contents.size());
			answer.put("first_page", page == 1);
			answer.put("last_page", page >= pages);
			answer.put("empty", contents.isEmpty());
			answer.put("contents", contents);
			return answer;
		}

		private static String folded(String text) {
			return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
		}

	}

}
