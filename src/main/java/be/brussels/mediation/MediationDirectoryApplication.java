package be.brussels.mediation;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;

/**
 * The public directory of the City of Brussels' district social mediation offices.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MediationDirectoryApplication {

	public static void main(String[] args) {
		SpringApplication.run(MediationDirectoryApplication.class, args);
	}

	/**
	 * The time in Brussels, where the offices are; tests replace it with a fixed clock.
	 */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Brussels"));
	}

}
