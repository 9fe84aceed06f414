package be.brussels.mediation.office;

import java.util.List;
import java.util.Map;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.office.PhoneNumber.Kind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The JPA mapping writes the columns that the migrations define: written through JPA,
 * read back with plain SQL.
 */
@SiteTest
@Transactional
class OfficeRepositoryTests {

	@Autowired
	OfficeRepository offices;

	@Autowired
	JdbcClient jdbc;

	@Test
	void writesEveryMappedFieldToItsColumn() {
		Office office = new Office("test-office", new LocalizedText("Quartier", "Wijk", "District"),
				new LocalizedText("Médiation sociale Test", "Sociale bemiddeling Test", null),
				new Address("Rue Haute", "Hoogstraat", "1A", "1000", "Bruxelles", "Brussel"),
				new GeoPoint(50.84, 4.35, false));
		office.setDescription(new LocalizedText("Description", "Beschrijving", "Description"));
		office.setEmail("test@example.org");
		office.setWebsite("https://www.bruxelles.be");
		office.getPhones().add(new PhoneNumber("+3225000000", Kind.LANDLINE));
		office.getPhones().add(new PhoneNumber("+32470000000", Kind.MOBILE));
		this.offices.saveAndFlush(office);

		Map<String, Object> row = this.jdbc.sql("select * from office where slug = 'test-office'").query().singleRow();
		assertThat(row).containsEntry("district_fr", "Quartier")
			.containsEntry("district_nl", "Wijk")
			.containsEntry("district_en", "District")
			.containsEntry("name_fr", "Médiation sociale Test")
			.containsEntry("name_nl", "Sociale bemiddeling Test")
			.containsEntry("name_en", null)
			.containsEntry("description_nl", "Beschrijving")
			.containsEntry("address_street_fr", "Rue Haute")
			.containsEntry("address_street_nl", "Hoogstraat")
			.containsEntry("address_number", "1A")
			.containsEntry("address_postal_code", "1000")
			.containsEntry("address_locality_fr", "Bruxelles")
			.containsEntry("address_locality_nl", "Brussel")
			.containsEntry("location_latitude", 50.84)
			.containsEntry("location_longitude", 4.35)
			.containsEntry("location_approximate", false)
			.containsEntry("email", "test@example.org")
			.containsEntry("website", "https://www.bruxelles.be")
			.containsEntry("published", false)
			.containsEntry("version", 0L);
		assertThat(row.get("created_at")).isNotNull();
		assertThat(row.get("updated_at")).isNotNull();

		List<Map<String, Object>> phones = this.jdbc
			.sql("select position, number, kind from office_phone where office_id = ? order by position")
			.param(office.getId())
			.query()
			.listOfRows();
		assertThat(phones).containsExactly(Map.of("position", 0, "number", "+3225000000", "kind", "LANDLINE"),
				Map.of("position", 1, "number", "+32470000000", "kind", "MOBILE"));
	}

}
