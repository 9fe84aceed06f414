package be.brussels.mediation.office;

import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;

import be.brussels.mediation.web.PageCache;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The published offices as public pages show them, read from the database once after each
 * change rather than on every page: a change by staff drops them, then the pages kept
 * rendered ({@link PageCache}), so that no page is rendered again from the offices as
 * they were. A change made otherwise (straight into the database) shows within
 * {@link #HELD}, as long as browsers may keep a page. The offices held are shared by
 * every request and only read.
 */
@Component
public class PublishedOffices {

	/** How long offices read are held at most. */
	static final Duration HELD = Duration.ofMinutes(5);

	private final OfficeRepository repository;

	private final PageCache pages;

	/** The offices read, or an empty mark of the state since the last change. */
	private final AtomicReference<Snapshot> current = new AtomicReference<>(Snapshot.NONE);

	PublishedOffices(OfficeRepository repository, PageCache pages) {
		this.repository = repository;
		this.pages = pages;
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
	 * once when there is none): called by whatever changes what public pages show.
	 */
	public void changedAfterCommit() {
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
	 * Reads the offices once for all the requests that find them dropped or too old, and
	 * keeps them unless they changed again during the reading.
	 */
	private synchronized Snapshot read(Snapshot dropped) {
		Snapshot seen = this.current.get();
		if (seen != dropped) {
			return seen.isHeld() ? seen : read(seen);
		}
		Snapshot read = new Snapshot(this.repository.findByPublishedTrue());
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

		final long readAt = System.nanoTime();

		Snapshot() {
			this.bySlug = null;
			this.byId = null;
			this.byNumber = null;
			this.all = null;
		}

		Snapshot(List<Office> offices) {
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
