package be.brussels.mediation.opendata;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import be.brussels.mediation.office.PublishedOffices;
import be.brussels.mediation.web.SiteLanguage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The directory in HSDS's tabular form: a Frictionless data package (a zip of
 * {@code datapackage.json} and one CSV per HSDS table, every table of the standard's
 * {@code compiled/tabular.json}, kept as published in {@code opendata/hsds-tabular.json},
 * with its columns in its order), made from the same objects as the API.
 */
@Component
class HsdsTabular {

	/** The HSDS table of the objects a property of another holds. */
	private static final Map<String, String> TABLE_OF = Map.ofEntries(Map.entry("services", "service"),
			Map.entry("locations", "location"), Map.entry("service_at_locations", "service_at_location"),
			Map.entry("phones", "phone"), Map.entry("schedules", "schedule"),
			Map.entry("service_areas", "service_area"), Map.entry("languages", "language"),
			Map.entry("addresses", "address"), Map.entry("accessibility", "accessibility"),
			Map.entry("attributes", "attribute"), Map.entry("metadata", "metadata"),
			Map.entry("organization", "organization"), Map.entry("location", "location"),
			Map.entry("service", "service"), Map.entry("taxonomy_term", "taxonomy_term"),
			Map.entry("taxonomy_detail", "taxonomy"));

	/** A fixed time for the zip's entries: the same offices make the same bytes. */
	private static final long ENTRY_TIME = 0;

	private final List<Table> tables = new ArrayList<>();

	private final HsdsDocuments documents;

	private final PublishedOffices offices;

	private final JsonMapper json;

	private final OpenDataProperties terms;

	HsdsTabular(HsdsDocuments documents, PublishedOffices offices, JsonMapper json, OpenDataProperties terms) {
		this.documents = documents;
		this.offices = offices;
		this.json = json;
		this.terms = terms;
		try (InputStream standard = new ClassPathResource("opendata/hsds-tabular.json").getInputStream()) {
			json.readTree(standard).get("properties").properties().forEach((entry) -> {
				JsonNode table = entry.getValue().has("items") ? entry.getValue().get("items") : entry.getValue();
				Map<String, String> columns = new LinkedHashMap<>();
				table.get("properties").properties().forEach((column) -> {
					String type = column.getValue().path("type").asString("");
					if (!type.equals("array") && !type.equals("object")) {
						columns.put(column.getKey(), type);
					}
				});
				this.tables.add(new Table(entry.getKey(), table.get("path").asString(), columns));
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The data package, its texts in the language. */
	byte[] zip(SiteLanguage language) {
		Map<String, Map<String, Map<String, Object>>> rows = new LinkedHashMap<>();
		flatten(this.documents.organization(this.offices.inDistrictOrder(language.locale()), language, true, true),
				"organization", null, null, rows);
		flatten(this.documents.taxonomy(language), "taxonomy", null, null, rows);
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			entry(zip, "datapackage.json");
			zip.write(this.json.writeValueAsBytes(dataPackage(language)));
			for (Table table : this.tables) {
				entry(zip, table.path());
				Writer text = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
				CSVPrinter csv = new CSVPrinter(text,
						CSVFormat.RFC4180.builder().setHeader(table.columns().keySet().toArray(String[]::new)).get());
				for (Map<String, Object> row : rows.getOrDefault(table.name(), Map.of()).values()) {
					csv.printRecord(table.columns().keySet().stream().map(row::get));
				}
				csv.flush();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	/**
	 * Adds an object's row to its table, and those of the objects it holds to theirs,
	 * each with the id of the object that holds it where its table has a column for it.
	 */
	@SuppressWarnings("unchecked")
	private void flatten(Map<String, Object> object, String table, String parentTable, Object parentId,
			Map<String, Map<String, Map<String, Object>>> rows) {
		Map<String, Object> row = new LinkedHashMap<>();
		if (parentTable != null) {
			row.put(parentTable + "_id", parentId);
		}
		for (Map.Entry<String, Object> property : object.entrySet()) {
			String held = TABLE_OF.get(property.getKey());
			if (property.getValue() instanceof List<?> list && held != null) {
				list.forEach((child) -> flatten((Map<String, Object>) child, held, table, object.get("id"), rows));
			}
			else if (property.getValue() instanceof Map<?, ?> child && held != null) {
				flatten((Map<String, Object>) child, held, table, object.get("id"), rows);
			}
			else {
				row.put(property.getKey(), property.getValue());
			}
		}
		rows.computeIfAbsent(table, (name) -> new LinkedHashMap<>()).putIfAbsent((String) object.get("id"), row);
	}

	private Map<String, Object> dataPackage(SiteLanguage language) {
		Map<String, Object> licence = new LinkedHashMap<>();
		licence.put("name", this.terms.licenceName());
		licence.put("path", this.terms.licenceUrl());
		Map<String, Object> description = new LinkedHashMap<>();
		description.put("profile", "tabular-data-package");
		description.put("name", "brussels-social-mediation-offices-" + language.getTag());
		description.put("licenses", List.of(licence));
		description.put("resources", this.tables.stream().map((table) -> {
			Map<String, Object> resource = new LinkedHashMap<>();
			resource.put("name", table.name());
			resource.put("path", table.path());
			resource.put("profile", "tabular-data-resource");
			resource.put("format", "csv");
			resource.put("mediatype", "text/csv");
			resource.put("encoding", "utf-8");
			resource.put("schema", Map.of("fields", table.columns().entrySet().stream().map((column) -> {
				Map<String, Object> field = new LinkedHashMap<>();
				field.put("name", column.getKey());
				field.put("type", column.getValue().toLowerCase(Locale.ROOT));
				return field;
			}).toList()));
			return resource;
		}).toList());
		return description;
	}

	private static void entry(ZipOutputStream zip, String name) throws IOException {
		ZipEntry entry = new ZipEntry(name);
		entry.setTime(ENTRY_TIME);
		zip.putNextEntry(entry);
	}

	/**
	 * A table of the tabular form: its name, its file and its columns with their types.
	 */
	private record Table(String name, String path, Map<String, String> columns) {

	}

}
