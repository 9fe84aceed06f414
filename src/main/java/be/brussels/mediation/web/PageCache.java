package be.brussels.mediation.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.stereotype.Component;

/**
 * The public pages kept rendered, with their compressed form, by {@link PageCacheFilter}.
 * Two stores, each bounded in bytes: pages by path alone (a key space as small as the
 * site), and pages with a query string (searches), so that however many distinct
 * questions are asked, the home and office pages stay. An entry ends when staff change
 * what the site shows, and is never served after the moment its page said it holds until
 * (the next minute for pages that say whether offices are open); ended, it is still kept,
 * as the page's last rendering, to be sent while the database does not answer.
 */
@Component
public class PageCache implements MeterBinder {

	private final Cache<String, CachedPage> pages;

	private final Cache<String, CachedPage> queries;

	private final boolean enabled;

	private final Clock clock;

	/**
	 * Increased by every change, so that a page rendered from older data is neither kept
	 * nor served as current.
	 */
	private final AtomicLong generation = new AtomicLong();

	/** Requests for pages that may be kept, answered from a kept page. */
	private final LongAdder hits = new LongAdder();

	/** Requests for pages that may be kept, rendered. */
	private final LongAdder misses = new LongAdder();

	PageCache(PageCacheProperties properties, Clock clock) {
		this.enabled = properties.enabled();
		this.pages = store(properties.pagesSize().toBytes());
		this.queries = store(properties.queriesSize().toBytes());
		this.clock = clock;
	}

	private static Cache<String, CachedPage> store(long bytes) {
		// Evicts in the caller's thread: a few pages, never worth a pool's hand-over.
		return Caffeine.newBuilder()
			.executor(Runnable::run)
			.maximumWeight(bytes)
			.weigher((String key, CachedPage page) -> 2 * key.length() + page.weight())
			.build();
	}

	/**
	 * Ends every kept page at once, whatever transaction is under way: none is served
	 * again, but each stays as its page's last rendering.
	 */
	public void clear() {
		this.generation.incrementAndGet();
	}

	boolean isEnabled() {
		return this.enabled;
	}

	Instant now() {
		return this.clock.instant();
	}

	/**
	 * The generation of the data a page is about to be rendered from, read before it is
	 * rendered and kept in the page ({@link CachedPage#generation()}).
	 */
	long generation() {
		return this.generation.get();
	}

	/**
	 * The page kept under the key, even one that ended (to compare with its new
	 * rendering, or to send while the database does not answer); {@code null} if there is
	 * none.
	 */
	CachedPage find(String key) {
		return store(key).getIfPresent(key);
	}

	/**
	 * Whether a kept page may be sent at that moment: it still holds, and nothing changed
	 * since it was rendered.
	 */
	boolean holds(CachedPage page, Instant now) {
		return page.holdsAt(now) && page.generation() == this.generation.get();
	}

	/**
	 * Keeps a page, unless staff changed something since the data it shows were read:
	 * then it is dropped again.
	 */
	void keep(String key, CachedPage page) {
		Cache<String, CachedPage> store = store(key);
		store.put(key, page);
		if (this.generation.get() != page.generation()) {
			store.asMap().remove(key, page);
		}
	}

	/** Counts a request for a page that may be kept: answered from the cache or not. */
	void count(boolean hit) {
		(hit ? this.hits : this.misses).increment();
	}

	/**
	 * Hits and misses, and the bytes and pages kept in each store, for the metrics
	 * endpoint.
	 */
	@Override
	public void bindTo(MeterRegistry registry) {
		FunctionCounter.builder("mediation.page.cache.requests", this.hits, LongAdder::sum)
			.description("Requests for public pages that may be kept, by whether a kept page answered")
			.tag("result", "hit")
			.register(registry);
		FunctionCounter.builder("mediation.page.cache.requests", this.misses, LongAdder::sum)
			.tag("result", "miss")
			.register(registry);
		for (Map.Entry<String, Cache<String, CachedPage>> store : Map.of("pages", this.pages, "queries", this.queries)
			.entrySet()) {
			Gauge
				.builder("mediation.page.cache.size", store.getValue(),
						(kept) -> kept.policy().eviction().orElseThrow().weightedSize().orElse(0))
				.description("Bytes kept, pages and their compressed forms")
				.baseUnit("bytes")
				.tag("store", store.getKey())
				.register(registry);
			Gauge.builder("mediation.page.cache.entries", store.getValue(), Cache::estimatedSize)
				.description("Pages kept")
				.tag("store", store.getKey())
				.register(registry);
		}
	}

	private Cache<String, CachedPage> store(String key) {
		return (key.indexOf('?') >= 0) ? this.queries : this.pages;
	}

}
