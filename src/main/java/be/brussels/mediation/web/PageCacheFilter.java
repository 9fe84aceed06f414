package be.brussels.mediation.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;
import java.util.zip.GZIPOutputStream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.filter.ServerHttpObservationFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Sends the public pages (answers that say {@code Cache-Control: public}) from the
 * {@link PageCache}, and every such page, kept or not, with a strong ETag and a
 * Last-Modified date, compressed for clients that accept gzip, and 304 Not Modified to a
 * client that already has it. A request with a cookie (staff signed in) is neither
 * answered from the cache nor kept, nor is an answer that sets a cookie, an error, or a
 * page that may not be shared. Runs right after the request guard, before the HTTP
 * timings, the staff sessions and Spring Security: a kept page costs little more than
 * copying its bytes, and is timed here, under the same name, route and status. When the
 * database does not answer, a page is sent as it was last rendered, if it was, and the
 * page is not tried again for a few seconds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 3)
class PageCacheFilter extends OncePerRequestFilter {

	private static final Pattern MAX_AGE = Pattern.compile("(?:^|,)\\s*max-age=(\\d{1,9})\\s*(?:,|$)");

	private static final Pattern NOT_SHARED = Pattern.compile("no-store|no-cache|private");

	/** A coding's weight that refuses it. */
	private static final Pattern REFUSED = Pattern.compile("(?i)q\\s*=\\s*0(\\.0*)?");

	/** Smaller pages gain nothing from compression. */
	private static final int COMPRESSED_FROM = 1024;

	/** How long a request waits for another's rendering of the same page. */
	private static final Duration RENDERING_AWAITED = Duration.ofSeconds(2);

	/**
	 * How long a page's last rendering is sent again, once the database did not answer
	 * for its new one, before it is tried again.
	 */
	private static final Duration SENT_AGAIN = Duration.ofSeconds(5);

	private final PageCache cache;

	private final MeterRegistry meters;

	private final Map<String, CompletableFuture<CachedPage>> renderings = new ConcurrentHashMap<>();

	/** The HTTP timings of kept pages, by method, status and route. */
	private final Map<String, Timer> timings = new ConcurrentHashMap<>();

	PageCacheFilter(PageCache cache, MeterRegistry meters) {
		this.cache = cache;
		this.meters = meters;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !(HttpMethod.GET.matches(request.getMethod()) || HttpMethod.HEAD.matches(request.getMethod()))
				|| request.getServletPath().startsWith("/assets/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long started = System.nanoTime();
		Instant now = this.cache.now();
		String key = (this.cache.isEnabled() && request.getHeader(HttpHeaders.COOKIE) == null) ? key(request) : null;
		if (key == null) {
			render(request, response, chain, null, null, now);
			return;
		}
		CachedPage kept = this.cache.find(key);
		if (kept != null && this.cache.holds(kept, now)) {
			this.cache.count(true);
			send(kept, request, response, now);
			timed(kept, request, response, started);
			return;
		}
		// One request renders a page that ended; the others asking for it meanwhile
		// (every client of a busy page at the turn of a minute) wait for it rather than
		// render it too, all at once.
		CompletableFuture<CachedPage> mine = new CompletableFuture<>();
		CompletableFuture<CachedPage> theirs = this.renderings.putIfAbsent(key, mine);
		if (theirs != null) {
			CachedPage page = awaited(theirs);
			boolean hit = page != null && this.cache.holds(page, now);
			this.cache.count(hit);
			if (hit) {
				send(page, request, response, now);
				timed(page, request, response, started);
			}
			else {
				render(request, response, chain, key, kept, now);
			}
			return;
		}
		this.cache.count(false);
		try {
			mine.complete(render(request, response, chain, key, kept, now));
		}
		finally {
			this.renderings.remove(key, mine);
			mine.complete(null);
		}
	}

	/**
	 * Renders the page and sends it; returns it, kept under the key if there is one, when
	 * it may be shared, {@code null} when not.
	 */
	private CachedPage render(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String key,
			CachedPage previous, Instant now) throws ServletException, IOException {
		long generation = this.cache.generation();
		ContentCachingResponseWrapper rendering = new ContentCachingResponseWrapper(response);
		try {
			chain.doFilter(request, rendering);
		}
		catch (ServletException | IOException | RuntimeException ex) {
			if (previous == null || !DatabaseOutageFilter.causes(ex) || response.isCommitted()) {
				throw ex;
			}
			DatabaseOutageFilter.log(request, ex, "with its last rendering");
			CachedPage again = previous.sentAgainUntil(now.plus(SENT_AGAIN), generation);
			this.cache.keep(key, again);
			// The HTTP timings set 500 as the failure passed them.
			response.setStatus(HttpStatus.OK.value());
			send(again, request, response, now);
			return again;
		}
		Instant expires = sharedUntil(rendering, now);
		if (expires == null || response.containsHeader(HttpHeaders.SET_COOKIE)) {
			rendering.copyBodyToResponse();
			return null;
		}
		// A page no other request will get is compressed only for a client that takes it.
		boolean compressed = key != null || acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		String route = ServerHttpObservationFilter.findObservationContext(request)
			.map(ServerRequestObservationContext::getPathPattern)
			.orElse(null);
		CachedPage page = page(rendering, previous, now, expires, compressed, route, generation);
		if (key != null) {
			this.cache.keep(key, page);
		}
		send(page, request, response, now);
		return page;
	}

	/**
	 * The page another request is rendering; {@code null} if it fails or takes too long.
	 */
	private static CachedPage awaited(CompletableFuture<CachedPage> rendering) {
		try {
			return rendering.get(RENDERING_AWAITED.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return null;
		}
		catch (ExecutionException | TimeoutException ex) {
			return null;
		}
	}

	/**
	 * The path and the query's parameters in name order, so that the same question asked
	 * in another order is the same page.
	 */
	private static String key(HttpServletRequest request) {
		String path = request.getServletPath() + ((request.getPathInfo() != null) ? request.getPathInfo() : "");
		if (request.getQueryString() == null) {
			return path;
		}
		StringBuilder key = new StringBuilder(path).append('?');
		for (Map.Entry<String, String[]> parameter : new TreeMap<>(request.getParameterMap()).entrySet()) {
			for (String value : parameter.getValue()) {
				key.append(URLEncoder.encode(parameter.getKey(), StandardCharsets.UTF_8))
					.append('=')
					.append(URLEncoder.encode(value, StandardCharsets.UTF_8))
					.append('&');
			}
		}
		return key.toString();
	}

	/**
	 * Until when the answer may be kept and shared, from its own {@code Cache-Control}
	 * (whole seconds, counted from the start of the second it was asked in); {@code null}
	 * when it may not be.
	 */
	private static Instant sharedUntil(HttpServletResponse response, Instant now) {
		String cacheControl = response.getHeader(HttpHeaders.CACHE_CONTROL);
		if (response.getStatus() != HttpStatus.OK.value() || cacheControl == null || !cacheControl.contains("public")
				|| NOT_SHARED.matcher(cacheControl).find()) {
			return null;
		}
		Matcher maxAge = MAX_AGE.matcher(cacheControl);
		return maxAge.find() ? now.truncatedTo(ChronoUnit.SECONDS).plusSeconds(Long.parseLong(maxAge.group(1))) : null;
	}

	/**
	 * The rendered answer as a page, with its compressed form if asked; last changed when
	 * the page it replaces was, if it has the same bytes.
	 */
	private static CachedPage page(ContentCachingResponseWrapper rendering, CachedPage previous, Instant now,
			Instant expires, boolean compressed, String route, long generation) throws IOException {
		byte[] body = rendering.getContentAsByteArray();
		String hash = hash(body);
		Instant lastModified = (previous != null && previous.hash().equals(hash)
				&& !previous.lastModified().isAfter(now)) ? previous.lastModified()
						: now.truncatedTo(ChronoUnit.SECONDS);
		byte[] gzipped = (compressed && body.length >= COMPRESSED_FROM) ? gzip(body) : null;
		// Tomcat writes Content-Language from the response's locale only as it sends the
		// headers; views (the HTML pages) set that locale to the page's language.
		String contentType = rendering.getContentType();
		String language = (contentType != null && contentType.startsWith(MediaType.TEXT_HTML_VALUE))
				? rendering.getLocale().toLanguageTag() : null;
		return new CachedPage(body, gzipped, hash, contentType, language,
				rendering.getHeader(HttpHeaders.CONTENT_DISPOSITION), now, lastModified, expires, route, generation);
	}

	/**
	 * What the ETags are made of: two checksums of the bytes (CRC-32C and CRC-32, which
	 * the processor computes) and their length. An ETag tells a page's versions apart,
	 * from staff edits; no one gains by forging one, so a cryptographic digest (MD5
	 * showed in the profile of uncached pages) is not needed.
	 */
	private static String hash(byte[] body) {
		CRC32C crc32c = new CRC32C();
		crc32c.update(body);
		CRC32 crc32 = new CRC32();
		crc32.update(body);
		return HexFormat.of().toHexDigits(crc32c.getValue() << 32 | crc32.getValue()) + "-"
				+ Integer.toHexString(body.length);
	}

	private static byte[] gzip(byte[] body) throws IOException {
		ByteArrayOutputStream compressed = new ByteArrayOutputStream(body.length / 3);
		try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
			out.write(body);
		}
		return compressed.toByteArray();
	}

	/**
	 * Sends the page, compressed if the client takes it (each form has its own ETag), or
	 * 304 when the client already has that form. Browsers and shared caches may keep it
	 * as long as it holds.
	 */
	private static void send(CachedPage page, HttpServletRequest request, HttpServletResponse response, Instant now)
			throws IOException {
		boolean gzip = page.gzipped() != null && acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
		response.setHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				"max-age=" + Duration.between(now, page.expires()).toSeconds() + ", public");
		String etag = "\"" + page.hash() + (gzip ? "-gzip\"" : "\"");
		if (new ServletWebRequest(request, response).checkNotModified(etag, page.lastModified().toEpochMilli())) {
			return;
		}
		response.setContentType(page.contentType());
		if (page.contentLanguage() != null) {
			response.setHeader(HttpHeaders.CONTENT_LANGUAGE, page.contentLanguage());
		}
		if (page.contentDisposition() != null) {
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION, page.contentDisposition());
		}
		byte[] bytes = gzip ? page.gzipped() : page.body();
		if (gzip) {
			response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
		}
		response.setContentLength(bytes.length);
		if (!HttpMethod.HEAD.matches(request.getMethod())) {
			response.getOutputStream().write(bytes);
		}
	}

	/**
	 * Times a request answered with a kept page as Spring's observation of requests
	 * ({@code http.server.requests}, which it does not reach) times the others: under the
	 * route of the controller that rendered it, and the same tags.
	 */
	private void timed(CachedPage page, HttpServletRequest request, HttpServletResponse response, long started) {
		if (page.route() == null) {
			return;
		}
		String method = request.getMethod();
		int status = response.getStatus();
		this.timings
			.computeIfAbsent(method + " " + status + " " + page.route(),
					(key) -> Timer.builder("http.server.requests")
						.tags("error", "none", "exception", "none", "method", method, "outcome",
								(status < 300) ? "SUCCESS" : "REDIRECTION", "status", Integer.toString(status), "uri",
								page.route())
						.register(this.meters))
			.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
	}

	/**
	 * Whether the {@code Accept-Encoding} header takes gzip: named, or {@code *}, without
	 * {@code q=0}.
	 */
	static boolean acceptsGzip(String acceptEncoding) {
		if (acceptEncoding == null) {
			return false;
		}
		Boolean any = null;
		for (String coding : acceptEncoding.split(",")) {
			String[] parts = coding.split(";");
			String name = parts[0].strip();
			boolean taken = parts.length == 1 || !REFUSED.matcher(parts[1].strip()).matches();
			if (name.equalsIgnoreCase("gzip")) {
				return taken;
			}
			if (name.equals("*")) {
				any = taken;
			}
		}
		return Boolean.TRUE.equals(any);
	}

}
