package be.brussels.mediation.map;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.brussels.mediation.office.Office;
import be.brussels.mediation.office.PublishedOffices;
import be.brussels.mediation.web.Links;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The offices as GeoJSON (RFC 7946) for the maps, which only ever show what the page's
 * list already says.
 */
@Controller
class OfficeMapController {

	static final String GEO_JSON = "application/geo+json";

	private final PublishedOffices offices;

	private final Links links;

	OfficeMapController(PublishedOffices offices, Links links) {
		this.offices = offices;
		this.links = links;
	}

	/**
	 * Every published office, or the one with the given slug.
	 */
	@GetMapping(path = "/offices.geojson", produces = GEO_JSON)
	@ResponseBody
	Map<String, Object> offices(@RequestParam(required = false) String office, Locale locale) {
		List<Map<String, Object>> features = this.offices.inDistrictOrder(locale)
			.stream()
			.filter((candidate) -> office == null || candidate.getSlug().equals(office))
			.map((candidate) -> feature(candidate, locale))
			.toList();
		return Map.of("type", "FeatureCollection", "features", features);
	}

	private Map<String, Object> feature(Office office, Locale locale) {
		return Map.of("type", "Feature", "geometry",
				Map.of("type", "Point", "coordinates",
						List.of(office.getLocation().longitude(), office.getLocation().latitude())),
				"properties", Map.of("name", office.getName().in(locale), "url", this.links.office(office.getSlug()),
						"approximate", office.getLocation().approximate()));
	}

}
