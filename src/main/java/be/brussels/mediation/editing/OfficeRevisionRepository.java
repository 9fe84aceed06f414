package be.brussels.mediation.editing;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Revisions of offices, by number.
 */
interface OfficeRevisionRepository extends JpaRepository<OfficeRevision, Long> {

	List<OfficeRevision> findByOfficeIdOrderByNumberDesc(Long officeId);

	Optional<OfficeRevision> findFirstByOfficeIdOrderByNumberDesc(Long officeId);

	Optional<OfficeRevision> findByOfficeIdAndNumber(Long officeId, int number);

	Optional<OfficeRevision> findFirstByOfficeIdAndOfficeVersionOrderByNumberDesc(Long officeId, long officeVersion);

}
