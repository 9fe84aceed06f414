package be.brussels.mediation.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import javax.sql.DataSource;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The throttles whose limits must hold across every instance of the application (sign-in,
 * problem reports): their token buckets live in the {@code throttle_bucket} table, read
 * and written with Bucket4j's PostgreSQL support under a row lock. A bucket's row is
 * cleared once the bucket is full again.
 */
@Component
public class Throttles {

	private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

	Throttles(DataSource dataSource, Clock clock) {
		this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.clientClock(timeOf(clock))
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("throttle_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			.expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO))
			.build();
	}

	/**
	 * The application's clock as the buckets read time: a test that sets the clock
	 * forward sees the buckets fill again, without waiting.
	 */
	private static TimeMeter timeOf(Clock clock) {
		return new TimeMeter() {

			@Override
			public long currentTimeNanos() {
				Instant now = clock.instant();
				return now.getEpochSecond() * 1_000_000_000L + now.getNano();
			}

			@Override
			public boolean isWallClockBased() {
				return true;
			}

		};
	}

	/**
	 * A throttle whose keys are counted apart from other throttles' under {@code name},
	 * with the given limits.
	 */
	public Throttle named(String name, List<Bandwidth> limits) {
		return new Throttle(this.buckets, name, limits);
	}

	/** Clears the buckets that are full again, on one instance at a time. */
	@Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
	@SchedulerLock(name = "throttle-buckets", lockAtMostFor = "PT5M", lockAtLeastFor = "PT5M")
	void clearFullBuckets() {
		while (this.buckets.removeExpired(1_000) == 1_000) {
			// Another batch.
		}
	}

}
