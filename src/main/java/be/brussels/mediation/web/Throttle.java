package be.brussels.mediation.web;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.BucketExceptions;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.distributed.proxy.ProxyManager;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Limits how often something may happen per key (an account, a client): one token bucket
 * per key, each with one or several limits, so that waits grow with repeated attempts.
 * The buckets are kept in PostgreSQL ({@link Throttles}), so that a limit holds whichever
 * instance of the application a request reaches.
 */
public final class Throttle {

	private final ProxyManager<String> buckets;

	private final String name;

	private final Supplier<BucketConfiguration> configuration;

	Throttle(ProxyManager<String> buckets, String name, List<Bandwidth> limits) {
		this.buckets = buckets;
		this.name = name;
		ConfigurationBuilder configuration = BucketConfiguration.builder();
		limits.forEach(configuration::addLimit);
		BucketConfiguration built = configuration.build();
		this.configuration = () -> built;
	}

	/**
	 * A limit of {@code attempts} per {@code period}, all given back at the end of the
	 * period.
	 */
	public static Bandwidth limit(int attempts, Duration period) {
		return Bandwidth.builder().capacity(attempts).refillIntervally(attempts, period).build();
	}

	/**
	 * Counts an attempt for the key if it may go on; otherwise says how long to wait. An
	 * attempt is counted as it starts, so that attempts sent at once are each counted.
	 * @throws DataAccessResourceFailureException when the database cannot say
	 */
	public Duration tryAttempt(String key) {
		try {
			return Duration.ofNanos(this.buckets.builder()
				.build(bucketKey(key), this.configuration)
				.tryConsumeAndReturnRemaining(1)
				.getNanosToWaitForRefill());
		}
		catch (BucketExceptions.BucketExecutionException ex) {
			throw new DataAccessResourceFailureException("The " + this.name + " throttle could not be read", ex);
		}
	}

	/**
	 * Takes back an attempt counted for the key: one that turned out not to count (a
	 * sign-in that succeeded, say).
	 * @throws DataAccessResourceFailureException when the database cannot say
	 */
	public void giveBack(String key) {
		try {
			this.buckets.builder().build(bucketKey(key), this.configuration).addTokens(1);
		}
		catch (BucketExceptions.BucketExecutionException ex) {
			throw new DataAccessResourceFailureException("The " + this.name + " throttle could not be written", ex);
		}
	}

	private String bucketKey(String key) {
		return this.name + ":" + key;
	}

}
