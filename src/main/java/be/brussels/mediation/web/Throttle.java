package be.brussels.mediation.web;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

/**
 * Limits how often something may happen per key (an account, a client): one token bucket
 * per key, each with one or several limits, so that waits grow with repeated attempts.
 * Buckets live in memory, in a bounded cache.
 */
public final class Throttle {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofDays(1))
		.build();

	private final List<Bandwidth> limits;

	/**
	 * A throttle with the given limits, each as a number of attempts per period.
	 */
	public Throttle(List<Bandwidth> limits) {
		this.limits = limits;
	}

	/**
	 * A limit of {@code attempts} per {@code period}, all given back at the end of the
	 * period.
	 */
	public static Bandwidth limit(int attempts, Duration period) {
		return Bandwidth.builder().capacity(attempts).refillIntervally(attempts, period).build();
	}

	/**
	 * A steady rate of {@code attempts} per {@code period}: a burst of that many, then
	 * one more each time a share of the period has passed.
	 */
	public static Bandwidth rate(int attempts, Duration period) {
		return Bandwidth.builder().capacity(attempts).refillGreedy(attempts, period).build();
	}

	/**
	 * Counts an attempt for the key if it may go on; otherwise says how long to wait. An
	 * attempt is counted as it starts, so that attempts sent at once are each counted.
	 */
	public Duration tryAttempt(String key) {
		return Duration.ofNanos(bucket(key).tryConsumeAndReturnRemaining(1).getNanosToWaitForRefill());
	}

	/**
	 * Takes back an attempt counted for the key: one that turned out not to count (a
	 * sign-in that succeeded, say).
	 */
	public void giveBack(String key) {
		Bucket bucket = this.buckets.getIfPresent(key);
		if (bucket != null) {
			bucket.addTokens(1);
		}
	}

	private Bucket bucket(String key) {
		return this.buckets.get(key, (ignored) -> {
			var builder = Bucket.builder();
			this.limits.forEach(builder::addLimit);
			return builder.build();
		});
	}

}
