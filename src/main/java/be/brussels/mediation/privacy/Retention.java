package be.brussels.mediation.privacy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Arrays;
import java.util.List;

import be.brussels.mediation.audit.AuditLog;
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
 * keep only the address's network (IPv4 /24, IPv6 /48). What it erased is recorded in the
 * audit log as counts, never as content.
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
				.param("network", network(entry.address()))
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

	/**
	 * An address's network: {@code 192.0.2.0} for {@code 192.0.2.77},
	 * {@code 2001:db8:1234::} for {@code 2001:db8:1234:5678::1}; nothing for what is no
	 * address (it could name someone).
	 */
	static String network(String address) {
		if (address == null || !address.matches("[0-9.]+|[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")) {
			return null;
		}
		try {
			// A literal address: no name is looked up.
			byte[] bytes = InetAddress.getByName(address).getAddress();
			int kept = (bytes.length == 4) ? 3 : 6;
			Arrays.fill(bytes, kept, bytes.length, (byte) 0);
			String network = InetAddress.getByAddress(bytes).getHostAddress();
			return (bytes.length == 4) ? network : network.replaceFirst("(:0)+$", "::");
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

}
