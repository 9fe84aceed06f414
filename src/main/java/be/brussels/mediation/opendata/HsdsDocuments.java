package be.brussels.mediation.opendata;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import be.brussels.mediation.office.Accessibility;
import be.brussels.mediation.office.Address;
import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OpeningHours;
import be.brussels.mediation.office.OpeningSession;
import be.brussels.mediation.office.PhoneNumber;
import be.brussels.mediation.web.DateText;
import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.SiteLanguage;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The directory as Open Referral HSDS 3.0 objects: the City's social mediation service is
 * the organisation; each published office is a location, with the service given there
 * (its phones, hours, closures and service area) and the link between the two. The needs
 * that residents bring are a taxonomy whose terms every service carries. Texts are in one
 * language, the one asked for; addresses are given in French and in Dutch, the City's two
 * official languages. Identifiers are UUIDs: an office's own, kept across edits, and for
 * what hangs from it, UUIDs derived from it.
 */
@Component
class HsdsDocuments {

	static final String VERSION = "3.0";

	private static final UUID ORGANIZATION = derived("organization");

	private static final UUID NEEDS = derived("taxonomy:needs");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final OpeningHours hours;

	private final MessageSource messages;

	private final Links links;

	private final JdbcClient jdbc;

	HsdsDocuments(OpeningHours hours, MessageSource messages, Links links, JdbcClient jdbc) {
		this.hours = hours;
		this.messages = messages;
		this.links = links;
		this.jdbc = jdbc;
	}

	/** The organisation; with its locations and services when {@code full}. */
	Map<String, Object> organization(List<Office> offices, SiteLanguage language, boolean locations, boolean services) {
		Map<String, Object> organization = object(ORGANIZATION);
		organization.put("name", text("opendata.organization.name", language));
		organization.put("description", text("home.intro", language));
		organization.put("website", this.links.absolute("/" + language.getTag() + "/"));
		if (locations) {
			organization.put("locations", offices.stream().map((office) -> location(office, language)).toList());
		}
		if (services) {
			List<Need> needs = needs();
			organization.put("services",
					offices.stream().map((office) -> service(office, language, needs, true)).toList());
		}
		return organization;
	}

	UUID organizationId() {
		return ORGANIZATION;
	}

	UUID taxonomyId() {
		return NEEDS;
	}

	static UUID serviceId(Office office) {
		return derived(office.getUuid() + ":service");
	}

	static UUID serviceAtLocationId(Office office) {
		return derived(office.getUuid() + ":service_at_location");
	}

	/**
	 * The service given at an office: as listed (its own fields and its organisation), or
	 * {@code full}, with everything that hangs from it.
	 */
	Map<String, Object> service(Office office, SiteLanguage language, List<Need> needs, boolean full) {
		UUID id = serviceId(office);
		Locale locale = language.locale();
		Map<String, Object> service = object(id);
		service.put("organization_id", ORGANIZATION.toString());
		service.put("name", office.getName().in(locale));
		service.put("alternate_name", office.getDistrict().in(locale));
		putIfPresent(service, "description",
				(office.getDescription() != null) ? office.getDescription().in(locale) : null);
		service.put("url", page(office, language));
		putIfPresent(service, "email", office.getEmail());
		service.put("status", "active");
		putIfPresent(service, "assured_date",
				(office.getCheckedOn() != null) ? office.getCheckedOn().toString() : null);
		service.put("last_modified", office.getLastChanged().toString());
		service.put("organization", organization(List.of(), language, false, false));
		if (!full) {
			return service;
		}
		service.put("phones", phones(office, id));
		service.put("schedules", schedules(office, id, language));
		service.put("service_areas", serviceAreas(office, id, language));
		service.put("service_at_locations", List.of(serviceAtLocation(office, language, needs, false, true)));
		service.put("languages", languages(office, id, locale));
		service.put("attributes", needs.stream().map((need) -> attribute(need, id, language)).toList());
		service.put("metadata", metadata(office, id, "service", language));
		return service;
	}

	/**
	 * The link between an office's service and its premises; with the location when
	 * {@code withLocation}, and the service too when {@code withService}.
	 */
	Map<String, Object> serviceAtLocation(Office office, SiteLanguage language, List<Need> needs, boolean withService,
			boolean withLocation) {
		Map<String, Object> link = object(serviceAtLocationId(office));
		link.put("service_id", serviceId(office).toString());
		link.put("location_id", office.getUuid().toString());
		if (withLocation) {
			link.put("location", location(office, language));
		}
		if (withService) {
			link.put("service", service(office, language, needs, false));
		}
		return link;
	}

	/** An office's premises: where, how to get in, its phones and languages. */
	Map<String, Object> location(Office office, SiteLanguage language) {
		UUID id = office.getUuid();
		Locale locale = language.locale();
		Map<String, Object> location = object(id);
		location.put("location_type", "physical");
		location.put("url", page(office, language));
		location.put("organization_id", ORGANIZATION.toString());
		location.put("name", office.getName().in(locale));
		location.put("alternate_name", office.getDistrict().in(locale));
		location.put("latitude", office.getLocation().latitude());
		location.put("longitude", office.getLocation().longitude());
		location.put("addresses", addresses(office, language));
		location.put("phones", phones(office, id));
		location.put("languages", languages(office, id, locale));
		if (office.getAccessibility() != Accessibility.UNKNOWN) {
			Map<String, Object> access = object(derived(id + ":accessibility"));
			access.put("location_id", id.toString());
			access.put("description", text("office.premises." + office.getAccessibility().name(), language));
			putIfPresent(access, "details",
					(office.getAccessibilityNote() != null) ? office.getAccessibilityNote().in(locale) : null);
			location.put("accessibility", List.of(access));
		}
		location.put("metadata", metadata(office, id, "location", language));
		return location;
	}

	/** The taxonomy of the needs residents bring. */
	Map<String, Object> taxonomy(SiteLanguage language) {
		Map<String, Object> taxonomy = object(NEEDS);
		taxonomy.put("name", text("opendata.taxonomy.name", language));
		taxonomy.put("description", text("opendata.taxonomy.description", language));
		taxonomy.put("version", "1");
		return taxonomy;
	}

	/** A need as a term of the taxonomy, in the language asked for. */
	Map<String, Object> term(Need need, SiteLanguage language, boolean withTaxonomy) {
		Map<String, Object> term = object(need.id());
		term.put("code", need.code());
		term.put("name", need.name(language));
		term.put("description", text("opendata.taxonomy.term", language, need.name(language)));
		term.put("taxonomy", text("opendata.taxonomy.name", language));
		term.put("taxonomy_id", NEEDS.toString());
		term.put("language", language.getTag());
		if (withTaxonomy) {
			term.put("taxonomy_detail", taxonomy(language));
		}
		return term;
	}

	/** The needs, in the order of their codes. */
	List<Need> needs() {
		return this.jdbc.sql("select code, name_fr, name_nl, name_en from need order by code")
			.query((row, number) -> new Need(row.getString("code"), row.getString("name_fr"), row.getString("name_nl"),
					row.getString("name_en")))
			.list();
	}

	private Map<String, Object> attribute(Need need, UUID service, SiteLanguage language) {
		Map<String, Object> attribute = object(derived(service + ":need:" + need.code()));
		attribute.put("link_id", service.toString());
		attribute.put("link_type", "service");
		attribute.put("link_entity", "service");
		attribute.put("taxonomy_term_id", need.id().toString());
		attribute.put("taxonomy_term", term(need, language, false));
		return attribute;
	}

	/** The address in French and in Dutch, the page's official language first. */
	private List<Map<String, Object>> addresses(Office office, SiteLanguage language) {
		Address address = office.getAddress();
		List<Locale> official = (language == SiteLanguage.NL) ? List.of(SiteLanguage.NL.locale(), Locale.FRENCH)
				: List.of(Locale.FRENCH, SiteLanguage.NL.locale());
		List<Map<String, Object>> addresses = new ArrayList<>();
		for (Locale locale : official) {
			Map<String, Object> written = object(derived(office.getUuid() + ":address:" + locale.getLanguage()));
			written.put("location_id", office.getUuid().toString());
			written.put("address_1", address.street(locale) + " " + address.number());
			written.put("city", address.locality(locale));
			written.put("state_province", text("opendata.region", SiteLanguage.of(locale)));
			written.put("postal_code", address.postalCode());
			written.put("country", "BE");
			written.put("address_type", "physical");
			addresses.add(written);
		}
		return addresses;
	}

	private List<Map<String, Object>> phones(Office office, UUID owner) {
		List<Map<String, Object>> phones = new ArrayList<>();
		for (PhoneNumber number : office.getPhones()) {
			Map<String, Object> phone = object(derived(owner + ":phone:" + number.e164()));
			phone.put("number", number.e164());
			phone.put("type", (number.kind() == PhoneNumber.Kind.MOBILE) ? "cell" : "voice");
			phones.add(phone);
		}
		return phones;
	}

	private List<Map<String, Object>> languages(Office office, UUID owner, Locale locale) {
		return office.getLanguages().stream().map((code) -> {
			Map<String, Object> spoken = object(derived(owner + ":language:" + code));
			spoken.put("name", Office.languageName(code, locale));
			spoken.put("code", code);
			return spoken;
		}).toList();
	}

	/**
	 * The weekly hours, one schedule per opening, then the closures and changed hours of
	 * the coming year (the City's closure days and Belgium's public holidays included).
	 */
	private List<Map<String, Object>> schedules(Office office, UUID service, SiteLanguage language) {
		List<Map<String, Object>> schedules = new ArrayList<>();
		for (OpeningSession session : office.getSessions()) {
			Map<String, Object> weekly = session(derived(service + ":week:" + session), service, session, language);
			weekly.put("freq", "WEEKLY");
			weekly.put("wkst", "MO");
			weekly.put("byday", session.day().name().substring(0, 2));
			schedules.add(weekly);
		}
		for (OpeningHours.Period period : this.hours.coming(office, 366)) {
			String reason = (period.reason() != null) ? period.reason().in(language.locale()) : null;
			// An ongoing closure starts today in the coming periods: its last day names
			// it.
			String key = service + ":" + period.last();
			if (period.isClosedAllDay()) {
				Map<String, Object> closed = object(derived(key + ":closed"));
				closed.put("service_id", service.toString());
				closed.put("valid_from", period.first().toString());
				closed.put("valid_to", period.last().toString());
				closed.put("description", (reason != null) ? text("opendata.closedFor", language, reason)
						: text("opendata.closed", language));
				schedules.add(closed);
				continue;
			}
			for (OpeningSession session : period.sessions()) {
				Map<String, Object> changed = session(derived(key + ":" + session), service, session, language);
				changed.put("valid_from", period.first().toString());
				changed.put("valid_to", period.last().toString());
				putIfPresent(changed, "notes", reason);
				schedules.add(changed);
			}
		}
		return schedules;
	}

	private Map<String, Object> session(UUID id, UUID service, OpeningSession session, SiteLanguage language) {
		Map<String, Object> schedule = object(id);
		schedule.put("service_id", service.toString());
		schedule.put("opens_at", TIME.format(session.opens()));
		schedule.put("closes_at", TIME.format(session.closes()));
		schedule.put("attending_type", text("opendata.attending." + session.mode().name(), language));
		return schedule;
	}

	/** The neighbourhoods the office serves, each with its boundary as GeoJSON. */
	private List<Map<String, Object>> serviceAreas(Office office, UUID service, SiteLanguage language) {
		// Read here: the offices held for public pages leave their service area unread.
		return this.jdbc
			.sql("""
					select n.code, case when :language = 'nl' then n.name_nl
					                    when :language = 'en' and n.name_fr <> n.name_nl then n.name_fr || ' / ' || n.name_nl
					                    else n.name_fr end as name, n.boundary::text as boundary
					from office_neighbourhood o join neighbourhood n on n.code = o.neighbourhood_code
					where o.office_id = :office order by n.code""")
			.param("language", language.getTag())
			.param("office", office.getId())
			.query((row, number) -> {
				Map<String, Object> area = object(derived(service + ":area:" + row.getInt("code")));
				area.put("service_id", service.toString());
				area.put("name", row.getString("name"));
				putIfPresent(area, "extent", row.getString("boundary"));
				area.put("extent_type", "geojson");
				return area;
			})
			.list();
	}

	/** When the office's details were last changed and last checked by staff. */
	private List<Map<String, Object>> metadata(Office office, UUID resource, String type, SiteLanguage language) {
		List<Map<String, Object>> metadata = new ArrayList<>();
		metadata.add(action(resource, type, "update",
				office.getUpdatedAt().atZone(DateText.BRUSSELS).toLocalDate().toString(), language));
		if (office.getCheckedOn() != null) {
			metadata.add(action(resource, type, "verify", office.getCheckedOn().toString(), language));
		}
		return metadata;
	}

	private Map<String, Object> action(UUID resource, String type, String action, String date, SiteLanguage language) {
		Map<String, Object> entry = object(derived(resource + ":" + action));
		entry.put("resource_id", resource.toString());
		entry.put("resource_type", type);
		entry.put("last_action_date", date);
		entry.put("last_action_type", action);
		entry.put("field_name", "");
		entry.put("previous_value", "");
		entry.put("replacement_value", "");
		// Staff names are never published: the City answers for its data.
		entry.put("updated_by", text("opendata.organization.name", language));
		return entry;
	}

	/** The office's page in the language. */
	private String page(Office office, SiteLanguage language) {
		return this.links.absolute("/" + language.getTag() + "/offices/" + office.getSlug());
	}

	private String text(String key, SiteLanguage language, Object... arguments) {
		return this.messages.getMessage(key, arguments, language.locale());
	}

	private static Map<String, Object> object(UUID id) {
		Map<String, Object> object = new LinkedHashMap<>();
		object.put("id", id.toString());
		return object;
	}

	private static void putIfPresent(Map<String, Object> object, String name, String value) {
		if (value != null && !value.isBlank()) {
			object.put(name, value);
		}
	}

	/** A UUID that is always the same for the same name (RFC 4122 version 3). */
	private static UUID derived(String name) {
		return UUID.nameUUIDFromBytes(("be.brussels.mediation:" + name).getBytes(StandardCharsets.UTF_8));
	}

	/** A need, its term's UUID derived from its code. */
	record Need(String code, String nameFr, String nameNl, String nameEn) {

		UUID id() {
			return derived("need:" + this.code);
		}

		String name(SiteLanguage language) {
			return switch (language) {
				case NL -> this.nameNl;
				case EN -> Objects.requireNonNullElse(this.nameEn, this.nameFr);
				default -> this.nameFr;
			};
		}

	}

}
