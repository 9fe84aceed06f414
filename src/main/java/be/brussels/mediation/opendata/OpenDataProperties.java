package be.brussels.mediation.opendata;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The terms on which the City publishes the directory's data.
 *
 * @param licenceName the licence's name, as the API and the downloads state it
 * @param licenceUrl where the licence is written
 * @param attribution whom reusers must credit
 */
@ConfigurationProperties("mediation.open-data")
@Validated
record OpenDataProperties(@NotBlank String licenceName,
		@Pattern(regexp = "https://\\S+",
				message = "MEDIATION_OPEN_DATA_LICENCE_URL must be an https address") String licenceUrl,
		@NotBlank String attribution) {

}
