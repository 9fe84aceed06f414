package be.brussels.mediation.editing;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.brussels.mediation.web.StaffPage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The City's neighbourhoods as GeoJSON, for the service-area map of the office editor.
 */
@StaffPage
@Controller
class NeighbourhoodMapController {

	private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	private final Neighbourhoods neighbourhoods;

	private final JsonMapper json;

	NeighbourhoodMapController(Neighbourhoods neighbourhoods, JsonMapper json) {
		this.neighbourhoods = neighbourhoods;
		this.json = json;
	}

	@GetMapping("/admin/neighbourhoods.geojson")
	ResponseEntity<Map<String, Object>> neighbourhoods(Locale locale) {
		List<Map<String, Object>> features = this.neighbourhoods.all()
			.stream()
			.filter((n) -> n.boundary() != null)
			.map((n) -> Map.<String, Object>of("type", "Feature", "geometry", geometry(n.boundary()), "properties",
					Map.of("code", n.code(), "name", n.name(locale))))
			.toList();
		return ResponseEntity.ok()
			.contentType(GEO_JSON)
			.body(Map.of("type", "FeatureCollection", "features", features));
	}

	private JsonNode geometry(String boundary) {
		return this.json.readTree(boundary);
	}

}
