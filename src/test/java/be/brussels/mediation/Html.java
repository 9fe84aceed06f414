package be.brussels.mediation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * Fetches pages as a browser would and parses them, so tests assert what residents see.
 * MockMvc serves the pages; error pages come through the real server, because only the
 * servlet container forwards errors to them.
 */
public final class Html {

	private static final HttpClient client = HttpClient.newHttpClient();

	private Html() {
	}

	public static MvcTestResult get(MockMvcTester mvc, String path) {
		return mvc.get().uri(path).accept("text/html").exchange();
	}

	public static Document page(MockMvcTester mvc, String path) {
		return parse(get(mvc, path));
	}

	public static Document parse(MvcTestResult result) {
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
		}
		catch (UnsupportedEncodingException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Sends a request with no body to the running server.
	 */
	public static HttpResponse<String> fetch(int port, String method, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", "text/html")
			.method(method, HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static Document parse(HttpResponse<String> response) {
		return Jsoup.parse(response.body());
	}

}
