package be.brussels.mediation.web;

import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Limits how often one client (see {@link ClientAddress}) may ask for public pages that
 * do real work: searches, street answers, offices near a point, street suggestions, the
 * report form. A person never comes near the limit; a client that goes past it gets the
 * "too many requests" page (429) with {@code Retry-After}, and costs nothing more. The
 * limits guard each instance's own work, so each instance counts for itself, in memory
 * (one token bucket per client, in a bounded cache): a steady rate, with a burst of a
 * minute's worth.
 */
class RateLimits implements HandlerInterceptor {

	private final Cache<String, Bucket> buckets = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterAccess(Duration.ofMinutes(10))
		.build();

	private final Bandwidth limit;

	/**
	 * @param perMinute requests a client may send a minute
	 */
	RateLimits(int perMinute) {
		this.limit = Bandwidth.builder().capacity(perMinute).refillGreedy(perMinute, Duration.ofMinutes(1)).build();
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
			throws Exception {
		Bucket bucket = this.buckets.get(ClientAddress.key(request),
				(client) -> Bucket.builder().addLimit(this.limit).build());
		Duration wait = Duration.ofNanos(bucket.tryConsumeAndReturnRemaining(1).getNanosToWaitForRefill());
		if (wait.isZero()) {
			return true;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, (wait.toMillis() + 999) / 1000)));
		ErrorPages.send(request, response, HttpStatus.TOO_MANY_REQUESTS, "tooManyRequests");
		return false;
	}

}
