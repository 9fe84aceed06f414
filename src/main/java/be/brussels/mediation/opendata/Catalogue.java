package be.brussels.mediation.opendata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.brussels.mediation.web.Links;
import be.brussels.mediation.web.SiteLanguage;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The open data described in DCAT-AP (JSON-LD), the EU's profile for data catalogues, so
 * that the City's portal and data.europa.eu can harvest it: the offices as one dataset
 * with its downloads, and the HSDS API as the data service that serves it.
 */
@Component
class Catalogue {

	private static final Map<String, Object> CONTEXT = Map.of("dcat", "http://www.w3.org/ns/dcat#", "dct",
			"http://purl.org/dc/terms/", "foaf", "http://xmlns.com/foaf/0.1/", "xsd",
			"http://www.w3.org/2001/XMLSchema#");

	/** The EU's file types (Publications Office's authority table). */
	private static final String FILE_TYPES = "http://publications.europa.eu/resource/authority/file-type/";

	private final Links links;

	private final MessageSource messages;

	private final OpenDataProperties terms;

	private final OfficeRecords records;

	Catalogue(Links links, MessageSource messages, OpenDataProperties terms, OfficeRecords records) {
		this.links = links;
		this.messages = messages;
		this.terms = terms;
		this.records = records;
	}

	Map<String, Object> describe() {
		String dataset = this.links.absolute("/open-data/offices");
		Map<String, Object> publisher = node("foaf:Agent", null);
		publisher.put("foaf:name", this.terms.attribution());
		Map<String, Object> licence = Map.of("@id", this.terms.licenceUrl());
		Object modified = this.records.lastChange()
			.map((day) -> Map.of("@value", day.toString(), "@type", "xsd:date"))
			.orElse(null);

		Map<String, Object> offices = node("dcat:Dataset", dataset);
		offices.put("dct:title", texts("opendata.dataset.title"));
		offices.put("dct:description", texts("opendata.page.contents"));
		offices.put("dct:publisher", publisher);
		offices.put("dct:license", licence);
		offices.put("dcat:landingPage", Map.of("@id", this.links.absolute("/fr/open-data")));
		if (modified != null) {
			offices.put("dct:modified", modified);
		}
		List<Map<String, Object>> downloads = new ArrayList<>(
				List.of(download("offices.csv", "text/csv", "CSV", "CSV", licence),
						download("offices.json", "application/json", "JSON", "JSON", licence),
						download("offices.geojson", "application/geo+json", "GEOJSON", "GeoJSON", licence)));
		for (SiteLanguage language : SiteLanguage.values()) {
			downloads.add(download("hsds-" + language.getTag() + ".zip", "application/zip", "ZIP",
					Map.of("@value", this.messages.getMessage("opendata.page.tabular", null, language.locale()),
							"@language", language.getTag()),
					licence));
		}
		offices.put("dcat:distribution", downloads);

		Map<String, Object> api = node("dcat:DataService", this.links.absolute("/api/hsds/"));
		api.put("dct:title", texts("opendata.page.api.root"));
		api.put("dcat:endpointURL", Map.of("@id", this.links.absolute("/api/hsds/")));
		api.put("dcat:endpointDescription", Map.of("@id", this.links.absolute("/api/hsds/openapi.json")));
		api.put("dct:conformsTo", Map.of("@id", "https://docs.openreferral.org/en/v3.0/"));
		api.put("dcat:servesDataset", Map.of("@id", dataset));
		api.put("dct:license", licence);

		Map<String, Object> catalogue = node("dcat:Catalog", this.links.absolute("/open-data/catalogue.jsonld"));
		catalogue.put("@context", CONTEXT);
		catalogue.put("dct:title", texts("opendata.catalogue.title"));
		catalogue.put("dct:description", texts("opendata.page.intro"));
		catalogue.put("dct:publisher", publisher);
		catalogue.put("dct:license", licence);
		catalogue.put("foaf:homepage", Map.of("@id", this.links.absolute("/fr/open-data")));
		catalogue.put("dcat:dataset", List.of(offices));
		catalogue.put("dcat:service", List.of(api));
		return catalogue;
	}

	private Map<String, Object> download(String file, String mediaType, String fileType, Object title,
			Map<String, Object> licence) {
		String url = this.links.absolute("/open-data/" + file);
		Map<String, Object> distribution = node("dcat:Distribution", url);
		distribution.put("dct:title", title);
		distribution.put("dcat:accessURL", Map.of("@id", url));
		distribution.put("dcat:downloadURL", Map.of("@id", url));
		distribution.put("dcat:mediaType", Map.of("@id", "https://www.iana.org/assignments/media-types/" + mediaType));
		distribution.put("dct:format", Map.of("@id", FILE_TYPES + fileType));
		distribution.put("dct:license", licence);
		return distribution;
	}

	/** A text in each of the site's languages, as JSON-LD language-tagged strings. */
	private List<Map<String, Object>> texts(String key) {
		return Arrays.stream(SiteLanguage.values())
			.map((language) -> Map.<String, Object>of("@value", this.messages.getMessage(key, null, language.locale()),
					"@language", language.getTag()))
			.toList();
	}

	private static Map<String, Object> node(String type, String id) {
		Map<String, Object> node = new LinkedHashMap<>();
		if (id != null) {
			node.put("@id", id);
		}
		node.put("@type", type);
		return node;
	}

}
