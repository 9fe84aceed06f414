package be.brussels.mediation.opendata;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import be.brussels.mediation.office.LocalizedText;
import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.OpeningSession;
import be.brussels.mediation.office.PhoneNumber;
import be.brussels.mediation.office.PublishedOffices;
import be.brussels.mediation.web.DateText;
import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.SiteLanguage;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every published office as one flat record, its texts in the three languages side by
 * side: the rows of the downloads (CSV, JSON, GeoJSON). Lists (phones, hours, languages,
 * neighbourhoods) are lists here; the CSV joins them.
 */
@Component
class OfficeRecords {

	/** The records' fields, in order: the CSV's columns. */
	static final List<String> FIELDS = List.of("id", "slug", "district_fr", "district_nl", "district_en", "name_fr",
			"name_nl", "name_en", "description_fr", "description_nl", "description_en", "street_fr", "street_nl",
			"number", "postal_code", "locality_fr", "locality_nl", "latitude", "longitude", "location_approximate",
			"phones", "email", "website", "languages", "opening_hours", "step_free_access", "access_note_fr",
			"access_note_nl", "access_note_en", "service_area", "page_fr", "page_nl", "page_en", "last_modified",
			"last_checked");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

	private final PublishedOffices offices;

	private final Links links;

	private final JdbcClient jdbc;

	OfficeRecords(PublishedOffices offices, Links links, JdbcClient jdbc) {
		this.offices = offices;
		this.links = links;
		this.jdbc = jdbc;
	}

	List<Map<String, Object>> all() {
		Map<Long, List<String>> areas = this.jdbc.sql("""
				select o.office_id, n.name_fr || ' / ' || n.name_nl as name
				from office_neighbourhood o join neighbourhood n on n.code = o.neighbourhood_code
				order by n.name_fr""")
			.query((row, number) -> Map.entry(row.getLong("office_id"), row.getString("name")))
			.list()
			.stream()
			.collect(Collectors.groupingBy(Map.Entry::getKey,
					Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
		return this.offices.inDistrictOrder(Locale.FRENCH)
			.stream()
			.map((office) -> of(office, areas.getOrDefault(office.getId(), List.of())))
			.toList();
	}

	/** The day a published office's details last changed, if any is published. */
	Optional<LocalDate> lastChange() {
		return this.offices.inDistrictOrder(Locale.FRENCH)
			.stream()
			.map(Office::getUpdatedAt)
			.max(Comparator.naturalOrder())
			.map((changed) -> changed.atZone(DateText.BRUSSELS).toLocalDate());
	}

	private Map<String, Object> of(Office office, List<String> serviceArea) {
		Map<String, Object> record = new LinkedHashMap<>();
		record.put("id", office.getUuid().toString());
		record.put("slug", office.getSlug());
		languages(record, "district", office.getDistrict());
		languages(record, "name", office.getName());
		languages(record, "description", office.getDescription());
		record.put("street_fr", office.getAddress().streetFr());
		record.put("street_nl", office.getAddress().streetNl());
		record.put("number", office.getAddress().number());
		record.put("postal_code", office.getAddress().postalCode());
		record.put("locality_fr", office.getAddress().localityFr());
		record.put("locality_nl", office.getAddress().localityNl());
		record.put("latitude", office.getLocation().latitude());
		record.put("longitude", office.getLocation().longitude());
		record.put("location_approximate", office.getLocation().approximate());
		record.put("phones", office.getPhones().stream().map(PhoneNumber::e164).toList());
		record.put("email", office.getEmail());
		record.put("website", office.getWebsite());
		record.put("languages", office.getLanguages());
		record.put("opening_hours", office.getSessions().stream().map(OfficeRecords::hours).toList());
		record.put("step_free_access", switch (office.getAccessibility()) {
			case STEP_FREE -> "yes";
			case PARTLY_STEP_FREE -> "partly";
			case NOT_STEP_FREE -> "no";
			case UNKNOWN -> null;
		});
		languages(record, "access_note", office.getAccessibilityNote());
		record.put("service_area", serviceArea);
		for (SiteLanguage language : SiteLanguage.values()) {
			record.put("page_" + language.getTag(),
					this.links.absolute("/" + language.getTag() + "/offices/" + office.getSlug()));
		}
		record.put("last_modified", office.getUpdatedAt().toString());
		record.put("last_checked", (office.getCheckedOn() != null) ? office.getCheckedOn().toString() : null);
		return record;
	}

	/** An opening as OpenStreetMap's opening_hours writes it: "Mo 09:00-12:00". */
	private static String hours(OpeningSession session) {
		String day = session.day().name().substring(0, 1)
				+ session.day().name().substring(1, 2).toLowerCase(Locale.ROOT);
		return day + " " + TIME.format(session.opens()) + "-" + TIME.format(session.closes())
				+ ((session.mode() == OpeningSession.Mode.APPOINTMENT) ? " (appointment)" : "");
	}

	private static void languages(Map<String, Object> record, String name, LocalizedText text) {
		record.put(name + "_fr", (text != null) ? text.fr() : null);
		record.put(name + "_nl", (text != null) ? text.nl() : null);
		record.put(name + "_en", (text != null) ? text.en() : null);
	}

}
