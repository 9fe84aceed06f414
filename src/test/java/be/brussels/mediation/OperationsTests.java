package be.brussels.mediation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What operators read on the management port: liveness, readiness with the database,
 * Prometheus metrics (HTTP timings per route, the connection pool, the page cache, the
 * JVM) and the build; none of it on the site's own port.
 */
@SiteTest
class OperationsTests {

	private static final Pattern OFFICE_PAGES_TIMED = Pattern.compile(
			"http_server_requests_seconds_count\\{[^}]*status=\"200\",uri=\"/\\{lang:fr\\|nl\\|en\\}/offices/\\{slug\\}\"\\} (\\S+)");

	private final HttpClient client = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@LocalManagementPort
	int managementPort;

	@Test
	void livenessAndReadinessAreUpAndReadinessIncludesTheDatabase() throws Exception {
		HttpResponse<String> liveness = management("/actuator/health/liveness");
		assertThat(liveness.statusCode()).isEqualTo(200);
		assertThat(liveness.body()).contains("\"status\":\"UP\"");
		HttpResponse<String> readiness = management("/actuator/health/readiness");
		assertThat(readiness.statusCode()).isEqualTo(200);
		assertThat(readiness.body()).contains("\"status\":\"UP\"").contains("\"db\"").contains("PostgreSQL");
	}

	@Test
	void prometheusShowsTimingsPerRouteThePoolThePageCacheAndTheJvm() throws Exception {
		double before = officePagesTimed();
		site("/fr/offices/marolles");
		// Answered from the cache, and timed under the same route.
		site("/fr/offices/marolles");
		assertThat(officePagesTimed()).isEqualTo(before + 2);
		String metrics = management("/actuator/prometheus").body();
		assertThat(metrics).containsPattern("http_server_requests_seconds_bucket\\{")
			.contains("hikaricp_connections_active")
			.containsPattern("mediation_page_cache_requests_total\\{[^}]*result=\"hit\"[^}]*\\} [1-9]")
			.containsPattern("mediation_page_cache_requests_total\\{[^}]*result=\"miss\"[^}]*\\} [1-9]")
			.contains("mediation_page_cache_size_bytes")
			.contains("jvm_memory_used_bytes")
			.contains("application=\"mediation-directory\"");
	}

	/** How many office pages answering 200 the metrics have timed, by their route. */
	private double officePagesTimed() throws Exception {
		HttpResponse<String> metrics = management("/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		Matcher count = OFFICE_PAGES_TIMED.matcher(metrics.body());
		return count.find() ? Double.parseDouble(count.group(1)) : 0;
	}

	@Test
	void infoShowsTheBuild() throws Exception {
		HttpResponse<String> info = management("/actuator/info");
		assertThat(info.statusCode()).isEqualTo(200);
		assertThat(info.body()).contains("\"build\"").contains("\"artifact\":\"mediation-directory\"");
	}

	@Test
	void theSitesPortAnswersNoneOfTheManagementPaths() throws Exception {
		for (String path : new String[] { "/actuator", "/actuator/health", "/actuator/prometheus", "/actuator/info" }) {
			assertThat(site(path).statusCode()).as(path).isEqualTo(404);
		}
	}

	private HttpResponse<String> site(String path) throws IOException, InterruptedException {
		return get(this.port, path);
	}

	private HttpResponse<String> management(String path) throws IOException, InterruptedException {
		return get(this.managementPort, path);
	}

	private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
		return this.client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
