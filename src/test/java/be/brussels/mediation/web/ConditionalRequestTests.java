package be.brussels.mediation.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.StaffBrowser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A browser or proxy that already has a public page asks whether it changed, and gets 304
 * without the page when it did not; pages that must not be kept carry no ETag.
 */
@SiteTest
class ConditionalRequestTests {

	@LocalServerPort
	int port;

	private final HttpClient client = HttpClient.newHttpClient();

	@ParameterizedTest
	@ValueSource(strings = { "/fr/", "/nl/offices/marolles", "/en/offices", "/fr/search?q=Rue+Haute",
			"/fr/accessibility", "/fr/offices.geojson" })
	void aPublicPageAlreadyHeldIsAnsweredNotModifiedWithoutItsBytes(String path) throws Exception {
		HttpResponse<String> first = get(path, null, false);
		String etag = first.headers().firstValue("ETag").orElseThrow();
		assertThat(etag).startsWith("W/\"");

		HttpResponse<String> again = get(path, etag, false);
		assertThat(again.statusCode()).isEqualTo(304);
		assertThat(again.body()).isEmpty();
		assertThat(again.headers().firstValue("ETag")).hasValue(etag);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/fr/offices/marolles", "/fr/" })
	void aCompressedPageIsStillCompressedAndAnsweredNotModified(String path) throws Exception {
		HttpResponse<String> first = get(path, null, true);
		assertThat(first.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		assertThat(get(path, etag, true).statusCode()).isEqualTo(304);
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
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Accept", "text/html, */*;q=0.5");
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		if (gzip) {
			request.header("Accept-Encoding", "gzip");
		}
		return this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
