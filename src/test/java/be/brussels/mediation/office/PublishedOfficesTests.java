package be.brussels.mediation.office;

import java.lang.reflect.Proxy;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import be.brussels.mediation.SiteTest;
import be.brussels.mediation.web.PageCache;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Public pages read the published offices once after each change: an office written
 * behind the editing pages' back shows once a change commits, and not before; offices
 * read while a change happens are not kept.
 */
@SiteTest
class PublishedOfficesTests {

	private static final String RENAMED = "Médiation sociale des Marolles, renommée";

	@Autowired
	PublishedOffices published;

	@Autowired
	OfficeRepository repository;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	PageCache pages;

	@AfterEach
	void restore() {
		this.jdbc.sql("update office set name_fr = 'Médiation sociale Marolles' where slug = 'marolles'").update();
		this.jdbc.sql("delete from office where slug = 'hidden'").update();
		this.published.changed();
	}

	@Test
	void holdsThePublishedOfficesOnly() {
		this.repository.saveAndFlush(new Office("hidden", new LocalizedText("Caché", "Verborgen", "Hidden"),
				new LocalizedText("Caché", "Verborgen", "Hidden"),
				new Address("Rue Haute", "Hoogstraat", "1", "1000", "Bruxelles", "Brussel"),
				new GeoPoint(50.84, 4.35, true)));
		this.published.changed();

		assertThat(this.published.withSlug("hidden")).isEmpty();
		assertThat(this.published.inDistrictOrder(Locale.FRENCH)).extracting(Office::getSlug)
			.hasSize(6)
			.doesNotContain("hidden");
		assertThat(this.published.count()).isEqualTo(6);
	}

	@Test
	void findsTheOtherOfficesThatShareANumber() {
		Office laekenCentre = this.published.withSlug("laeken-centre").orElseThrow();

		assertThat(this.published.othersWithItsNumbers(laekenCentre).get("+3224278344")).extracting(Office::getSlug)
			.containsExactly("laeken-north");
		assertThat(this.published.othersWithItsNumbers(laekenCentre).values())
			.allSatisfy((others) -> assertThat(others).extracting(Office::getSlug).doesNotContain("laeken-centre"));
	}

	@Test
	void showsAChangeOnceItCommitsAndNotOneRolledBack() {
		this.published.withSlug("marolles").orElseThrow();
		renameMarolles();
		assertThat(frenchName()).isEqualTo("Médiation sociale Marolles");

		this.transaction.executeWithoutResult((status) -> {
			this.published.changedAfterCommit();
			status.setRollbackOnly();
		});
		assertThat(frenchName()).isEqualTo("Médiation sociale Marolles");

		this.transaction.executeWithoutResult((status) -> this.published.changedAfterCommit());
		assertThat(frenchName()).isEqualTo(RENAMED);
	}

	@Test
	void aReadingOvertakenByAChangeServesItsRequestButIsNotKept() throws Exception {
		CountDownLatch read = new CountDownLatch(1);
		CountDownLatch resume = new CountDownLatch(1);
		AtomicInteger readings = new AtomicInteger();
		OfficeRepository slow = (OfficeRepository) Proxy.newProxyInstance(getClass().getClassLoader(),
				new Class<?>[] { OfficeRepository.class }, (proxy, method, arguments) -> {
					Object result = method.invoke(this.repository, arguments);
					if (method.getName().equals("findByPublishedTrue") && readings.incrementAndGet() == 1) {
						read.countDown();
						resume.await(5, TimeUnit.SECONDS);
					}
					return result;
				});
		PublishedOffices offices = new PublishedOffices(slow, this.pages, this.jdbc);
		ExecutorService requests = Executors.newSingleThreadExecutor();
		try {
			Future<String> first = requests
				.submit(() -> offices.withSlug("marolles").orElseThrow().getName().in(Locale.FRENCH));
			assertThat(read.await(5, TimeUnit.SECONDS)).isTrue();
			renameMarolles();
			offices.changed();
			resume.countDown();

			assertThat(first.get(5, TimeUnit.SECONDS)).isEqualTo("Médiation sociale Marolles");
			assertThat(offices.withSlug("marolles").orElseThrow().getName().in(Locale.FRENCH)).isEqualTo(RENAMED);
			assertThat(readings).hasValue(2);
		}
		finally {
			requests.shutdownNow();
		}
	}

	private void renameMarolles() {
		this.jdbc.sql("update office set name_fr = ? where slug = 'marolles'").param(RENAMED).update();
	}

	private String frenchName() {
		return this.published.withSlug("marolles").orElseThrow().getName().in(Locale.FRENCH);
	}

}
