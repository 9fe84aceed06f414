package be.brussels.mediation.opendata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import be.brussels.mediation.web.SiteProperties;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The API's OpenAPI description: Open Referral's own HSDS 3.0 description
 * ({@code opendata/hsds-openapi.json}, kept as published, CC BY-SA 4.0), its blanks
 * filled in (title, version, licence, server), with what this API adds (the {@code lang}
 * parameter, its error answers) and without the filters it does not offer (a postal code
 * and a distance from it). Worked out once, at start-up: it is the standard's, so that
 * the two cannot drift apart.
 */
@Component
class OpenApiDescription {

	private static final String PROBLEM = "application/problem+json";

	private final byte[] json;

	OpenApiDescription(JsonMapper json, SiteProperties site, OpenDataProperties openData) {
		ObjectNode description;
		try (InputStream standard = new ClassPathResource("opendata/hsds-openapi.json").getInputStream()) {
			description = (ObjectNode) json.readTree(standard);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		ObjectNode info = description.putObject("info");
		info.put("title", "Mediation Directory: HSDS 3.0 API");
		info.put("version", "1");
		info.put("summary", "The City of Brussels' social mediation offices, as Open Referral HSDS 3.0");
		info.put("description", "Every published office is a location, with the service given there and the link "
				+ "between the two; the organisation is the City's social mediation service; the needs residents bring "
				+ "are a taxonomy. Texts in French (default), Dutch or English (lang); addresses in French and Dutch; "
				+ "opening times in Brussels local time (Europe/Brussels, summer time included). " + "Data: "
				+ openData.licenceName() + ", " + openData.attribution() + ". This description is Open "
				+ "Referral's (CC BY-SA 4.0), completed.");
		info.putObject("license").put("name", openData.licenceName()).put("url", openData.licenceUrl());
		description.putArray("servers").addObject().put("url", site.origin() + "/api/hsds");
		ObjectNode parameters = (ObjectNode) description.get("components").get("parameters");
		parameters.remove("postcode");
		parameters.remove("proximity");
		parameters.putObject("lang")
			.put("name", "lang")
			.put("in", "query")
			.put("required", false)
			.put("description", "The language of the texts: fr (default), nl or en.")
			.putObject("schema")
			.put("type", "string")
			.putArray("enum")
			.add("fr")
			.add("nl")
			.add("en");
		for (JsonNode path : description.get("paths")) {
			JsonNode get = path.get("get");
			ArrayNode operationParameters = (get.has("parameters")) ? (ArrayNode) get.get("parameters")
					: ((ObjectNode) get).putArray("parameters");
			for (int i = operationParameters.size() - 1; i >= 0; i--) {
				String reference = operationParameters.get(i).path("$ref").asString("");
				if (reference.endsWith("/postcode") || reference.endsWith("/proximity")) {
					operationParameters.remove(i);
				}
			}
			operationParameters.addObject().put("$ref", "#/components/parameters/lang");
			ObjectNode responses = (ObjectNode) get.get("responses");
			problem(responses, "400", "A parameter this endpoint does not take, or a value it cannot take.");
			if (path.has("parameters")) {
				problem(responses, "404", "No published item has this identifier.");
			}
		}
		this.json = json.writeValueAsBytes(description);
	}

	private static void problem(ObjectNode responses, String status, String description) {
		responses.putObject(status)
			.put("description", description)
			.putObject("content")
			.putObject(PROBLEM)
			.putObject("schema")
			.put("type", "object");
	}

	byte[] json() {
		return this.json;
	}

}
