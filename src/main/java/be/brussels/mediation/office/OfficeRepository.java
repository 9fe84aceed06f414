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
 * The offices. Public finders return published offices only; their phone numbers and
 * hours come with them, each list in one query for all the offices found (no join that
 * would multiply their rows, and no query built again on every request, as an entity
 * graph is).
 */
public interface OfficeRepository extends JpaRepository<Office, Long> {

	List<Office> findByPublishedTrue();

	default List<Office> findPublishedInDistrictOrder(Locale locale) {
		return findByPublishedTrue().stream().sorted(Office.byDistrict(locale)).toList();
	}

	long countByPublishedTrue();

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

	List<Office> findWithHoursByIdIn(Collection<Long> ids);

	/**
	 * The other published offices that have at least one of the given numbers, without
	 * their hours.
	 */
	@Query("select distinct o from Office o join o.phones p where o.published and o.id <> :id and p.e164 in :numbers")
	List<Office> findOtherPublishedWithAnyPhone(Long id, Collection<String> numbers);

}
