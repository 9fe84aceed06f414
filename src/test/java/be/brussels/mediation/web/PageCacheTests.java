package be.brussels.mediation.web;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.zip.GZIPInputStream;

import be.brussels.mediation.TestClock;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept pages' bounds and ends, and their rendering, without the site around them.
 */
class PageCacheTests {

	/** A page long enough to be worth compressing. */
	private static final String LONG_PAGE = "<p>Bureau de médiation sociale</p>".repeat(100);

	private final TestClock clock = new TestClock();

	private final PageCache cache = new PageCache(
			new PageCacheProperties(true, DataSize.ofKilobytes(200), DataSize.ofKilobytes(100)), this.clock);

	private final Instant now = this.clock.instant();

	private CachedPage page(int bytes, int seconds) {
		return page(bytes, seconds, this.cache.generation());
	}

	private CachedPage page(int bytes, int seconds, long generation) {
		return new CachedPage(new byte[bytes], null, "hash", "text/html;charset=UTF-8", "fr", null, this.now, this.now,
				this.now.plusSeconds(seconds), null, generation);
	}

	@Test
	void aFloodOfDistinctSearchesLeavesTheHomeAndOfficePagesKept() {
		CachedPage home = page(9000, 60);
		CachedPage office = page(7000, 60);
		this.cache.keep("/fr/", home);
		this.cache.keep("/fr/offices/marolles", office);

		IntStream.range(0, 5000).forEach((i) -> this.cache.keep("/fr/search?q=" + i + "&", page(5000, 60)));

		assertThat(this.cache.find("/fr/")).isSameAs(home);
		assertThat(this.cache.find("/fr/offices/marolles")).isSameAs(office);
		long searchesKept = IntStream.range(0, 5000)
			.filter((i) -> this.cache.find("/fr/search?q=" + i + "&") != null)
			.count();
		assertThat(searchesKept).as("searches are bounded to 100 KB").isBetween(1L, 20L);
	}

	@Test
	void aPageRenderedFromDataStaffChangedMeanwhileIsNotKept() {
		long renderedIn = this.cache.generation();
		this.cache.clear();
		this.cache.keep("/fr/", page(9000, 60, renderedIn));
		assertThat(this.cache.find("/fr/")).isNull();
	}

	@Test
	void aChangeEndsTheKeptPagesButKeepsThemAsTheirPagesLastRendering() {
		CachedPage home = page(9000, 60);
		this.cache.keep("/fr/", home);
		assertThat(this.cache.holds(home, this.now)).isTrue();
		this.cache.clear();
		assertThat(this.cache.holds(home, this.now)).isFalse();
		assertThat(this.cache.find("/fr/")).isSameAs(home);
	}

	@Test
	void aKeptPageHoldsUntilTheMomentItSaidAndNotWithTheClockSetBack() {
		CachedPage page = page(9000, 30);
		assertThat(page.holdsAt(this.now.plusSeconds(29))).isTrue();
		assertThat(page.holdsAt(this.now.plusSeconds(30))).isFalse();
		assertThat(page.holdsAt(this.now.minusSeconds(1))).isFalse();
	}

	@Test
	void requestsForAPageBeingRenderedWaitForThatRenderingRatherThanRenderItToo() throws Exception {
		PageCacheFilter filter = new PageCacheFilter(this.cache, new SimpleMeterRegistry());
		AtomicInteger renderings = new AtomicInteger();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch finish = new CountDownLatch(1);
		FilterChain slowPage = (request, response) -> {
			int number = renderings.incrementAndGet();
			started.countDown();
			try {
				finish.await(5, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			((HttpServletResponse) response).setHeader("Cache-Control", "max-age=60, public");
			response.setContentType("text/html;charset=UTF-8");
			response.getWriter().write("rendering " + number);
		};
		ExecutorService clients = Executors.newFixedThreadPool(4);
		try {
			List<Future<String>> pages = new ArrayList<>();
			pages.add(clients.submit(() -> get(filter, slowPage)));
			started.await(5, TimeUnit.SECONDS);
			for (int i = 0; i < 3; i++) {
				pages.add(clients.submit(() -> get(filter, slowPage)));
			}
			Thread.sleep(300);
			finish.countDown();
			for (Future<String> page : pages) {
				assertThat(page.get(5, TimeUnit.SECONDS)).isEqualTo("rendering 1");
			}
			assertThat(renderings).hasValue(1);
		}
		finally {
			clients.shutdownNow();
		}
	}

	@Test
	void withTheCacheOffAPageIsCompressedForAClientThatTakesGzip() throws Exception {
		MockHttpServletResponse response = uncached("gzip");
		assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
		assertThat(new String(
				new GZIPInputStream(new ByteArrayInputStream(response.getContentAsByteArray())).readAllBytes(),
				StandardCharsets.UTF_8))
			.isEqualTo(LONG_PAGE);
	}

	@Test
	void withTheCacheOffAPageIsSentAsRenderedToAClientThatDoesNotTakeGzip() throws Exception {
		MockHttpServletResponse response = uncached(null);
		assertThat(response.getHeader("Content-Encoding")).isNull();
		assertThat(response.getContentAsString()).isEqualTo(LONG_PAGE);
	}

	private MockHttpServletResponse uncached(String acceptEncoding) throws Exception {
		PageCacheFilter filter = new PageCacheFilter(
				new PageCache(new PageCacheProperties(false, DataSize.ofKilobytes(200), DataSize.ofKilobytes(100)),
						this.clock),
				new SimpleMeterRegistry());
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/fr/");
		request.setServletPath("/fr/");
		if (acceptEncoding != null) {
			request.addHeader("Accept-Encoding", acceptEncoding);
		}
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, (rendering, rendered) -> {
			((HttpServletResponse) rendered).setHeader("Cache-Control", "max-age=60, public");
			rendered.setContentType("text/html;charset=UTF-8");
			rendered.getWriter().write(LONG_PAGE);
		});
		return response;
	}

	private static String get(PageCacheFilter filter, FilterChain chain) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/fr/");
		request.setServletPath("/fr/");
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(request, response, chain);
		return response.getContentAsString();
	}

	@Test
	void gzipIsTakenWhenNamedOrAnyCodingWillDoUnlessRefused() {
		assertThat(PageCacheFilter.acceptsGzip("gzip, deflate, br")).isTrue();
		assertThat(PageCacheFilter.acceptsGzip("br;q=1.0, GZIP;q=0.5")).isTrue();
		assertThat(PageCacheFilter.acceptsGzip("*")).isTrue();
		assertThat(PageCacheFilter.acceptsGzip("gzip;q=0, *")).isFalse();
		assertThat(PageCacheFilter.acceptsGzip("*;q=0, gzip")).isTrue();
		assertThat(PageCacheFilter.acceptsGzip("br")).isFalse();
		assertThat(PageCacheFilter.acceptsGzip(null)).isFalse();
	}

}
