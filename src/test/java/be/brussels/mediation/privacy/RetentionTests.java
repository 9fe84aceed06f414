package be.brussels.mediation.privacy;

import java.util.List;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.web.ClientAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Personal data are kept no longer than the privacy notice says: the nightly job erases
 * and shortens what is past its period, and records what it did as counts.
 */
@SiteTest
class RetentionTests {

	@Autowired
	Retention retention;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void removeWhatTheTestMade() {
		this.jdbc.sql("delete from problem_report where message like 'Retention test%'").update();
		this.jdbc.sql("delete from audit_event where target like 'retention-test%' or action = 'RETENTION_APPLIED'")
			.update();
		this.jdbc.sql("delete from shedlock where name = 'retention'").update();
	}

	/**
	 * A report whose status last changed so long ago (an interval, like "13 months").
	 */
	private void report(String message, String status, String ago) {
		this.jdbc.sql("""
				insert into problem_report (office_id, topic, message, email, language, status, created_at, updated_at)
				select id, 'OTHER', :message, 'resident@example.org', 'fr', :status,
				       now() - cast(:ago as interval) - interval '1 month', now() - cast(:ago as interval)
				from office where slug = 'marolles'""")
			.param("message", message)
			.param("status", status)
			.param("ago", ago)
			.update();
	}

	private void entry(String target, String address, String ago) {
		this.jdbc.sql("""
				insert into audit_event (created_at, actor, action, target, address)
				values (now() - cast(:ago as interval), 'admin', 'OFFICE_EDITED', :target, :address)""")
			.param("ago", ago)
			.param("target", target)
			.param("address", address)
			.update();
	}

	@Test
	void doneReportsPastTheirPeriodAndOldLogEntriesAreErasedAndOldAddressesShortened() {
		report("Retention test: done 13 months ago", "DONE", "13 months");
		report("Retention test: done 11 months ago", "DONE", "11 months");
		report("Retention test: new, two years old", "NEW", "2 years");
		entry("retention-test old", "192.0.2.1", "25 months");
		entry("retention-test ipv4", "192.0.2.77", "4 months");
		entry("retention-test ipv6", "2001:db8:1234:5678::1", "4 months");
		entry("retention-test recent", "192.0.2.78", "1 month");

		this.retention.apply();

		assertThat(this.jdbc.sql("select message from problem_report where message like 'Retention test%'")
			.query(String.class)
			.list())
			.containsExactlyInAnyOrder("Retention test: done 11 months ago", "Retention test: new, two years old");
		assertThat(this.jdbc
			.sql("select target || ' ' || coalesce(address, '-') from audit_event"
					+ " where target like 'retention-test%' order by id")
			.query(String.class)
			.list()).containsExactly("retention-test ipv4 192.0.2.0", "retention-test ipv6 2001:db8:1234::",
					"retention-test recent 192.0.2.78");
		List<String> recorded = this.jdbc
			.sql("select actor || ' ' || target from audit_event where action = 'RETENTION_APPLIED'")
			.query(String.class)
			.list();
		assertThat(recorded).singleElement()
			.satisfies((entry) -> assertThat(entry).startsWith("(site) reports: 1, log entries: ")
				.doesNotContain("resident@example.org")
				.doesNotContain("192.0.2"));
	}

	private static String network(String address) {
		return ClientAddress.network(address, 3, 6);
	}

	@Test
	void anAddressIsShortenedToItsNetworkAndWhatIsNoAddressIsDropped() {
		assertThat(network("192.0.2.77")).isEqualTo("192.0.2.0");
		assertThat(network("2001:db8:1234:5678::1")).isEqualTo("2001:db8:1234::");
		assertThat(network("::ffff:192.0.2.77")).isEqualTo("192.0.2.0");
		assertThat(network("anna.example.org")).isNull();
		assertThat(network("x".repeat(45))).isNull();
	}

}
