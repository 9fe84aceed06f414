package be.brussels.mediation.web;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser or proxy that already has a public page asks whether it changed, and gets 304
 * without the page when it did not: each page, and its compressed form, has its strong
 * ETag and a Last-Modified date. Pages that must not be kept carry no ETag.
 */
@SiteTest
class ConditionalRequestTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/fr/", "/nl/offices/marolles", "/en/offices", "/fr/search?q=Rue+Haute",
			"/fr/accessibility", "/fr/offices.geojson", "/fr/offices/marolles/report" })
	void aPublicPageAlreadyHeldIsAnsweredNotModifiedWithoutItsBytes(String path) throws Exception {
		HttpResponse<String> first = get(path, null, false);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).matches("\"[0-9a-f]{16}-[0-9a-f]+\"");
		assertThat(first.headers().firstValue("Last-Modified")).isPresent();
		assertThat(first.headers().firstValue("Cache-Control"))
			.hasValueSatisfying((cacheControl) -> assertThat(cacheControl).matches("max-age=\\d+, public"));

		HttpResponse<String> again = get(path, etag, false);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
	}

	@Test
	void aPageNotChangedSinceTheDateAClientHasIsAnsweredNotModified() throws Exception {
		String lastModified = get("/fr/offices/marolles", null, false).headers()
			.firstValue("Last-Modified")
			.orElseThrow();
		HttpRequest since = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/fr/offices/marolles"))
			.header("If-Modified-Since", lastModified)
			.build();
		assertThat(this.client.send(since, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(304);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fr/offices/marolles", "/fr/" })
	void aCompressedPageHasItsOwnETagAndIsAnsweredNotModified(String path) throws Exception {
		HttpResponse<String> plain = get(path, null, false);
		HttpResponse<byte[]> first = this.client.send(request(path, null, true).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(first.headers().firstValue("Vary")).hasValue("Accept-Encoding");
		assertThat(new String(new GZIPInputStream(new ByteArrayInputStream(first.body())).readAllBytes(),
				StandardCharsets.UTF_8))
			.isEqualTo(plain.body());
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).isNotEqualTo(plain.headers().firstValue("ETag").orElseThrow());

		assertThat(get(path, etag, true).statusCode()).isEqualTo(304);
		assertThat(get(path, etag, false).statusCode()).as("the uncompressed page is another").isEqualTo(200);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fr/nothing/here", "/fr/admin/login" })
	void pagesThatAreNotKeptCarryNoETag(String path) throws Exception {
		assertThat(get(path, null, false).headers().firstValue("ETag")).isEmpty();
	}

	@Test
	void staffPagesCarryNoETag() {
		StaffBrowser staff = new StaffBrowser(this.port);
		staff.signIn(StaffBrowser.ADMIN, StaffBrowser.ADMIN_PASSWORD);
		staff.get("/fr/admin");
		assertThat(staff.header("ETag")).isNull();
	}

	private HttpResponse<String> get(String path, String etag, boolean gzip) throws Exception {
		return this.client.send(request(path, etag, gzip).build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder request(String path, String etag, boolean gzip) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html, */*;q=0.5");
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return request;
	}

}
