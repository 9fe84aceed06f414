package be.brussels.mediation.opendata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import be.brussels.mediation.web.CsvText;
import be.brussels.mediation.web.SiteLanguage;
import be.brussels.mediation.web.WithoutLanguagePrefix;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Every published office in one file: CSV (UTF-8 with a byte order mark, so that
 * spreadsheets read its accents right; one row per office, the three languages as
 * columns), JSON and GeoJSON, the same records in each.
 */
@Controller
@WithoutLanguagePrefix
@RequestMapping("/open-data")
class DownloadsController {

	static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

	static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

	/** What the lists of a record are joined with in a CSV cell. */
	private static final String LIST_SEPARATOR = "; ";

	static final MediaType ZIP = MediaType.parseMediaType("application/zip");

	static final MediaType JSON_LD = MediaType.parseMediaType("application/ld+json");

	private final OfficeRecords records;

	private final Catalogue catalogue;

	private final HsdsTabular tabular;

	DownloadsController(OfficeRecords records, Catalogue catalogue, HsdsTabular tabular) {
		this.records = records;
		this.catalogue = catalogue;
		this.tabular = tabular;
	}

	/**
	 * HSDS's tabular form: a data package of one CSV per table, texts in the language.
	 */
	@GetMapping("/hsds-{lang:fr|nl|en}.zip")
	ResponseEntity<byte[]> tabular(@PathVariable String lang) {
		SiteLanguage language = SiteLanguage.of(Locale.forLanguageTag(lang));
		return download(ZIP, "hsds-" + lang + ".zip", this.tabular.zip(language));
	}

	/** The DCAT-AP catalogue of the datasets and the API. */
	@GetMapping("/catalogue.jsonld")
	ResponseEntity<Map<String, Object>> catalogue() {
		return ResponseEntity.ok().contentType(JSON_LD).body(this.catalogue.describe());
	}

	@GetMapping("/offices.csv")
	ResponseEntity<String> csv() {
		List<List<Object>> rows = this.records.all()
			.stream()
			.map((record) -> record.values()
				.stream()
				.map((value) -> (value instanceof List<?> list)
						? String.join(LIST_SEPARATOR, list.stream().map(String::valueOf).toList()) : value)
				.toList())
			.toList();
		return download(CSV, "offices.csv", CsvText.of(OfficeRecords.FIELDS, rows));
	}

	@GetMapping("/offices.json")
	ResponseEntity<List<Map<String, Object>>> json() {
		return download(MediaType.APPLICATION_JSON, "offices.json", this.records.all());
	}

	@GetMapping("/offices.geojson")
	ResponseEntity<Map<String, Object>> geoJson() {
		List<Map<String, Object>> features = this.records.all().stream().map((record) -> {
			Map<String, Object> properties = new LinkedHashMap<>(record);
			Object longitude = properties.remove("longitude");
			Object latitude = properties.remove("latitude");
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("type", "Feature");
			feature.put("id", record.get("id"));
			Map<String, Object> point = new LinkedHashMap<>();
			point.put("type", "Point");
			point.put("coordinates", List.of(longitude, latitude));
			feature.put("geometry", point);
			feature.put("properties", properties);
			return feature;
		}).toList();
		Map<String, Object> collection = new LinkedHashMap<>();
		collection.put("type", "FeatureCollection");
		collection.put("features", features);
		return download(GEO_JSON, "offices.geojson", collection);
	}

	private static <T> ResponseEntity<T> download(MediaType type, String name, T body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.body(body);
	}

}
