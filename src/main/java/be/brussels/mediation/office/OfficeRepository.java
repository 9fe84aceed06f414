package be.brussels.mediation.office;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The offices. Public finders return published offices only, with their phone numbers and
 * hours in the same query.
 */
public interface OfficeRepository extends JpaRepository<Office, Long> {

	@EntityGraph(attributePaths = { "phones", "sessions", "exceptions", "notices" })
	List<Office> findByPublishedTrue();

	default List<Office> findPublishedInDistrictOrder(Locale locale) {
		return findByPublishedTrue().stream().sorted(Office.byDistrict(locale)).toList();
	}

	long countByPublishedTrue();

	@EntityGraph(attributePaths = { "phones", "sessions", "exceptions", "notices" })
	Optional<Office> findBySlugAndPublishedTrue(String slug);

	/**
	 * An office, published or not, with everything staff edit (its hours in queries of
	 * their own, as the service area would multiply the rows of a join).
	 */
	@EntityGraph(attributePaths = { "phones", "serviceArea" }, type = EntityGraphType.LOAD)
	Optional<Office> findBySlug(String slug);

	boolean existsBySlug(String slug);

	/**
	 * Records who checked the office's information, and when, without changing its
	 * version: a check is no edit, and must not refuse the forms others have open.
	 */
	@Modifying
	@Query("update Office o set o.checkedAt = :when, o.checkedBy = :who where o.id = :id")
	void markChecked(Long id, Instant when, String who);

	List<Office> findAllByOrderBySlug();

	@EntityGraph(attributePaths = { "phones", "sessions", "exceptions", "notices" })
	List<Office> findWithHoursByIdIn(Collection<Long> ids);

	/**
	 * The other published offices that have at least one of the given numbers, without
	 * their hours.
	 */
	@EntityGraph(attributePaths = "phones")
	@Query("select distinct o from Office o join o.phones p where o.published and o.id <> :id and p.e164 in :numbers")
	List<Office> findOtherPublishedWithAnyPhone(Long id, Collection<String> numbers);

}
