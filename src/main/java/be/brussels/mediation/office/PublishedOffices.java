package be.brussels.mediation.office;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.brussels.mediation.web.PageCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The published offices as public pages show them, read from the database once after each
 * change rather than on every page: a change by staff drops them, then the pages kept
 * rendered ({@link PageCache}), on this instance of the application at once and on the
 * others as the database tells them ({@link ChangeListener}), so that no page is rendered
 * again from the offices as they were. A change made otherwise (straight into the
 * database) shows within {@link #HELD}, as long as browsers may keep a page. The offices
 * held are shared by every request and only read.
 */
@Component
public class PublishedOffices {

	/** How long offices read are held at most. */
	static final Duration HELD = Duration.ofMinutes(5);

	/** How soon offices are read again when the database did not answer. */
	static final Duration RETRY = Duration.ofSeconds(5);

	private static final Logger logger = LoggerFactory.getLogger(PublishedOffices.class);

	/**
	 * The channel on which the database tells every instance that staff changed offices.
	 */
	static final String CHANNEL = "office_changes";

	private final OfficeRepository repository;

	private final PageCache pages;

	private final JdbcClient jdbc;

	/** Who this instance is, to tell the changes it made from others' on the channel. */
	private final String instance = UUID.randomUUID().toString();

	/** The offices read, or an empty mark of the state since the last change. */
	private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.NONE);

	/** The offices last read, shown while the database does not answer. */
	private volatile Snapshot lastRead;

	PublishedOffices(OfficeRepository repository, PageCache pages, JdbcClient jdbc) {
		this.repository = repository;
		this.pages = pages;
		this.jdbc = jdbc;
	}

	/** Every published office, in the order of their districts' names in the language. */
	public List<Office> inDistrictOrder(Locale locale) {
		return snapshot().inDistrictOrder(locale);
	}

	public int count() {
		return snapshot().bySlug.size();
	}

	public Optional<Office> withSlug(String slug) {
		return Optional.ofNullable(snapshot().bySlug.get(slug));
	}

	/** Those of the offices with these identifiers that are published. */
	public List<Office> withIds(Collection<Long> ids) {
		Map<Long, Office> byId = snapshot().byId;
		return ids.stream().distinct().map(byId::get).filter((office) -> office != null).toList();
	}

	/**
	 * For each of the office's numbers, the other published offices that also give it
	 * (none for a number of its own).
	 */
	public Map<String, List<Office>> othersWithItsNumbers(Office office) {
		Map<String, List<Office>> byNumber = snapshot().byNumber;
		return office.getPhones()
			.stream()
			.map(PhoneNumber::e164)
			.distinct()
			.collect(Collectors.toMap(Function.identity(),
					(number) -> byNumber.getOrDefault(number, List.of())
						.stream()
						.filter((other) -> !other.getId().equals(office.getId()))
						.toList()));
	}

	/**
	 * Drops the offices read and the pages kept once the current transaction commits (at
	 * once when there is none), here and on every other instance of the application:
	 * called by whatever changes what public pages show. The database tells the others
	 * only if the transaction commits.
	 */
	public void changedAfterCommit() {
		this.jdbc.sql("select pg_notify(:channel, :instance)")
			.param("channel", CHANNEL)
			.param("instance", this.instance)
			.query()
			.singleRow();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					changed();
				}
			});
		}
		else {
			changed();
		}
	}

	/** Whether a change told on the channel was made by this instance. */
	boolean madeHere(String told) {
		return this.instance.equals(told);
	}

	/** Drops the offices read, then the pages kept, whatever transaction is under way. */
	public void changed() {
		this.current.set(new Snapshot());
		this.pages.clear();
	}

	private Snapshot snapshot() {
		Snapshot seen = this.current.get();
		return seen.isHeld() ? seen : read(seen);
	}

	/**
	 * The published offices in the order of their districts' names, as held or last read,
	 * without reading them: for a page shown while the database does not answer.
	 */
	public Optional<List<Office>> heldInDistrictOrder(Locale locale) {
		Snapshot seen = this.current.get();
		Snapshot held = (seen.all != null) ? seen : this.lastRead;
		return (held != null) ? Optional.of(held.inDistrictOrder(locale)) : Optional.empty();
	}

	/**
	 * Reads the offices once for all the requests that find them dropped or too old, and
	 * keeps them unless they changed again during the reading. When the database does not
	 * answer, the offices last read are held for {@link #RETRY} (whatever changed since,
	 * no change can be made meanwhile): pages show them rather than nothing, and the
	 * requests that come meanwhile do not wait for the database each in turn.
	 */
	private synchronized Snapshot read(Snapshot dropped) {
		Snapshot seen = this.current.get();
		if (seen != dropped) {
			return seen.isHeld() ? seen : read(seen);
		}
		Snapshot read;
		try {
			read = new Snapshot(this.repository.findByPublishedTrue(), System.nanoTime());
			this.lastRead = read;
		}
		catch (DataAccessException | TransactionException ex) {
			Snapshot last = this.lastRead;
			if (last == null) {
				throw ex;
			}
			logger.warn("The offices could not be read; those read {} s ago are shown: {}",
					Duration.ofNanos(System.nanoTime() - last.readAt).toSeconds(), ex.getMessage());
			read = new Snapshot(last.all, System.nanoTime() - HELD.toNanos() + RETRY.toNanos());
		}
		this.current.compareAndSet(dropped, read);
		return read;
	}

	/** The offices as read at one moment; an empty mark when not read since a change. */
	private static final class Snapshot {

		static final Snapshot NONE = new Snapshot();

		final Map<String, Office> bySlug;

		final Map<Long, Office> byId;

		final Map<String, List<Office>> byNumber;

		final List<Office> all;

		final Map<Locale, List<Office>> sorted = new ConcurrentHashMap<>();

		final long readAt;

		Snapshot() {
			this.bySlug = null;
			this.byId = null;
			this.byNumber = null;
			this.all = null;
			this.readAt = System.nanoTime();
		}

		Snapshot(List<Office> offices, long readAt) {
			this.readAt = readAt;
			this.all = List.copyOf(offices);
			this.bySlug = offices.stream().collect(Collectors.toUnmodifiableMap(Office::getSlug, Function.identity()));
			this.byId = offices.stream().collect(Collectors.toUnmodifiableMap(Office::getId, Function.identity()));
			this.byNumber = offices.stream()
				.flatMap((office) -> office.getPhones()
					.stream()
					.map(PhoneNumber::e164)
					.distinct()
					.map((number) -> Map.entry(number, office)))
				.collect(Collectors.groupingBy(Map.Entry::getKey,
						Collectors.mapping(Map.Entry::getValue, Collectors.toUnmodifiableList())));
		}

		boolean isHeld() {
			return this.all != null && System.nanoTime() - this.readAt < HELD.toNanos();
		}

		List<Office> inDistrictOrder(Locale locale) {
			return this.sorted.computeIfAbsent(locale,
					(language) -> this.all.stream().sorted(Office.byDistrict(language)).toList());
		}

	}

}
