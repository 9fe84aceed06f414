package be.brussels.mediation.office;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.EntityGraph.EntityGraphType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The offices. Their phone numbers and hours come with them, each list in one query for
 * all the offices found (no join that would multiply their rows); public pages read the
 * published ones through {@link PublishedOffices}.
 */
public interface OfficeRepository extends JpaRepository<Office, Long> {

	/** Every published office with its phone numbers and hours. */
	List<Office> findByPublishedTrue();

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

	/**
	 * The offices that have weekly opening hours.
	 */
	@Query("select o.id from Office o where size(o.sessions) > 0")
	Set<Long> idsWithHours();

	/**
	 * The offices that serve at least one neighbourhood.
	 */
	@Query("select o.id from Office o where size(o.serviceArea) > 0")
	Set<Long> idsWithServiceArea();

}
