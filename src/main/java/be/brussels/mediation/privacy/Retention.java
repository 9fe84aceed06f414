package be.brussels.mediation.privacy;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;

import be.brussels.mediation.audit.AuditLog;
import be.brussels.mediation.web.ClientAddress;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps personal data no longer than the privacy notice says ({@link PrivacyProperties}),
 * every night, on one instance of the application at a time: problem reports done for
 * longer than their period are erased, with their e-mail address; entries of the audit
 * log older than theirs are erased, and those older than the client addresses' period
 * keep only the address's network (IPv4 /24, IPv6 /48; nothing for what is no address,
 * which could name someone). What it erased is recorded in the audit log as counts, never
 * as content.
 */
@Component
public class Retention {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final PrivacyProperties privacy;

	private final AuditLog audit;

	Retention(JdbcClient jdbc, Clock clock, PrivacyProperties privacy, AuditLog audit) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.privacy = privacy;
		this.audit = audit;
	}

	/**
	 * Erases and shortens what is past its period; skipped on an instance while another
	 * runs it, or ran it in the last five minutes.
	 */
	@Scheduled(cron = "0 30 3 * * *", zone = "Europe/Brussels")
	@SchedulerLock(name = "retention", lockAtMostFor = "PT30M", lockAtLeastFor = "PT5M")
	@Transactional
	public void apply() {
		int reports = this.jdbc.sql("delete from problem_report where status = 'DONE' and updated_at < :before")
			.param("before", before(this.privacy.reportsKept()))
			.update();
		int entries = this.jdbc.sql("delete from audit_event where created_at < :before")
			.param("before", before(this.privacy.auditKept()))
			.update();
		List<Entry> whole = this.jdbc
			.sql("""
					select id, address from audit_event
					where created_at < :before and address is not null and address not like '%.0' and address not like '%::'""")
			.param("before", before(this.privacy.addressesKept()))
			.query(Entry.class)
			.list();
		for (Entry entry : whole) {
			this.jdbc.sql("update audit_event set address = :network where id = :id")
				.param("network", ClientAddress.network(entry.address(), 3, 6))
				.param("id", entry.id())
				.update();
		}
		this.audit.recordBySite("RETENTION_APPLIED",
				"reports: " + reports + ", log entries: " + entries + ", addresses shortened: " + whole.size());
	}

	/**
	 * An audit entry's client address.
	 */
	private record Entry(long id, String address) {
	}

	private OffsetDateTime before(Period kept) {
		return OffsetDateTime.now(this.clock).minus(kept);
	}

}
