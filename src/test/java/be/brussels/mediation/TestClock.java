package be.brussels.mediation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The site's clock in tests: Brussels time, running as usual until a test sets it to a
 * moment, and back to running when the test resets it.
 */
public final class TestClock extends Clock {

	public static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

	private volatile Instant fixed;

	/**
	 * Stops the clock at a moment in Brussels.
	 */
	public void set(LocalDateTime brusselsTime) {
		this.fixed = brusselsTime.atZone(BRUSSELS).toInstant();
	}

	public void reset() {
		this.fixed = null;
	}

	@Override
	public ZoneId getZone() {
		return BRUSSELS;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("The site's clock is in Brussels");
	}

	@Override
	public Instant instant() {
		Instant instant = this.fixed;
		return (instant != null) ? instant : Instant.now();
	}

	/**
	 * Makes the test clock the site's clock.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		@Bean
		@Primary
		TestClock testClock() {
			return new TestClock();
		}

	}

}
