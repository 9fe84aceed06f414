package be.brussels.mediation.office;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import be.brussels.mediation.SiteTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The migrations build the schema that the entities expect (the context starts with
 * {@code ddl-auto=validate}) and load the six offices exactly as the source data gives
 * them.
 */
@SiteTest
class OfficeDataTests {

	@Autowired
	JdbcClient jdbc;

	@Test
	void loadsEveryFieldOfTheSixOfficesExactlyAsInTheSourceData() throws IOException {
		List<CSVRecord> source = sourceOffices();
		assertThat(source).hasSize(6);
		for (CSVRecord expected : source) {
			Map<String, Object> office = this.jdbc.sql("select * from office where slug = ?")
				.param(expected.get("slug"))
				.query()
				.singleRow();
			assertThat(office).containsEntry("district_en", expected.get("district_en"))
				.containsEntry("district_fr", expected.get("district_fr"))
				.containsEntry("district_nl", expected.get("district_nl"))
				.containsEntry("address_street_fr", expected.get("street_fr"))
				.containsEntry("address_street_nl", expected.get("street_nl"))
				.containsEntry("address_number", expected.get("number"))
				.containsEntry("address_postal_code", expected.get("postal_code"))
				.containsEntry("address_locality_fr", expected.get("locality_fr"))
				.containsEntry("address_locality_nl", expected.get("locality_nl"))
				.containsEntry("location_latitude", Double.valueOf(expected.get("lat_approx")))
				.containsEntry("location_longitude", Double.valueOf(expected.get("lon_approx")))
				.containsEntry("location_approximate", true)
				.containsEntry("published", true);
			List<String> phones = this.jdbc.sql("select number from office_phone where office_id = ? order by position")
				.param(office.get("id"))
				.query(String.class)
				.list();
			List<String> expectedPhones = List.of(expected.get("phone_1"), expected.get("phone_2"))
				.stream()
				.filter((phone) -> !phone.isEmpty())
				.toList();
			assertThat(phones).as(expected.get("slug")).isEqualTo(expectedPhones);
		}
	}

	@Test
	void inventsNoOpeningHoursEmailsOrDescriptions() {
		assertThat(this.jdbc
			.sql("select count(*) from office where email is not null or website is not null "
					+ "or description_fr is not null or description_nl is not null or description_en is not null")
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void loadsTheCitysStreetsNeighbourhoodsAndTheRegionsOtherStreets() {
		assertThat(this.jdbc.sql("select count(*) from city_street").query(Long.class).single()).isEqualTo(1373);
		assertThat(
				this.jdbc.sql("select count(*) from city_street where latitude is not null").query(Long.class).single())
			.isEqualTo(1231);
		assertThat(this.jdbc.sql("select count(*) from neighbourhood where boundary is not null")
			.query(Long.class)
			.single()).isEqualTo(36);
		assertThat(this.jdbc.sql("select name_nl from city_street where id = 4926").query(String.class).single())
			.isEqualTo("Vossenstraat");
		assertThat(this.jdbc
			.sql("select distinct municipality_fr from region_street where name_fr = 'Rue Royale' order by 1")
			.query(String.class)
			.list()).containsExactly("Saint-Josse-ten-Noode", "Schaerbeek");
	}

	@Test
	void marksMobileNumbersAsMobile() {
		assertThat(this.jdbc.sql("select number, kind from office_phone").query().listOfRows())
			.allSatisfy((row) -> assertThat(row.get("kind"))
				.isEqualTo(row.get("number").toString().startsWith("+324") ? "MOBILE" : "LANDLINE"));
	}

	static List<CSVRecord> sourceOffices() throws IOException {
		try (Reader reader = new InputStreamReader(new ClassPathResource("offices.csv").getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
	}

}
