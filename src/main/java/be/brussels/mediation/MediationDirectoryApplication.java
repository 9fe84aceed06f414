package be.brussels.mediation;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * The public directory of the City of Brussels' district social mediation offices.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MediationDirectoryApplication {

	public static void main(String[] args) {
		SpringApplication.run(MediationDirectoryApplication.class, args);
	}

}
