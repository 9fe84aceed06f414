package be.brussels.mediation.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import be.brussels.mediation.Html;
import be.brussels.mediation.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client that floods the pages that do real work gets "too many requests" (429) with
 * the time to wait; other clients are served as usual. IPv6 clients count per /64.
 */
@SiteTest
class RateLimitTests {

	private static final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	private HttpResponse<String> get(String path, String client) {
		try {
			return RateLimitTests.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", path.contains("/streets") ? "application/json" : "text/html")
				.header("X-Forwarded-For", client)
				.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException | InterruptedException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * Sends the requests; returns how many were answered before the first 429, and that
	 * answer.
	 */
	private int servedBeforeRefusal(String path, int requests, String... clients) {
		for (int i = 0; i < requests; i++) {
			HttpResponse<String> response = get(path.replace("N", Integer.toString(i)), clients[i % clients.length]);
			if (response.statusCode() == 429) {
				assertThat(response.headers().firstValue("Retry-After"))
					.hasValueSatisfying((seconds) -> assertThat(Integer.parseInt(seconds)).isBetween(1, 60));
				assertThat(Html.parse(response).select("h1").text()).isIn("Trop de demandes", "Te veel aanvragen");
				return i;
			}
			assertThat(response.statusCode()).as(path).isLessThan(400);
		}
		return requests;
	}

	@Test
	void aFloodOfStreetQueriesFromOneClientIsRefusedAfterSixtyAndOthersStillServed() {
		int served = servedBeforeRefusal("/fr/search?q=Rue+Haute+N", 80, "198.51.100.60");
		// 60 at once, then one a second.
		assertThat(served).isBetween(60, 70);
		assertThat(get("/fr/search?q=Rue+Haute", "198.51.100.61").statusCode()).isEqualTo(200);
		assertThat(get("/fr/", "198.51.100.60").statusCode()).isEqualTo(200);
	}

	@Test
	void everyAddressOfAnIpv6NetworkCountsAsOneClient() {
		String[] addresses = new String[80];
		for (int i = 0; i < addresses.length; i++) {
			addresses[i] = "2001:db8:77:1:" + Integer.toHexString(i + 1) + "::1";
		}
		assertThat(servedBeforeRefusal("/nl/search?q=marollen+N", 80, addresses)).isBetween(60, 70);
	}

	@Test
	void streetSuggestionsAreLimitedOnTheirOwn() {
		assertThat(servedBeforeRefusal("/fr/streets?q=vossen+N", 140, "198.51.100.62")).isBetween(120, 130);
	}

}
