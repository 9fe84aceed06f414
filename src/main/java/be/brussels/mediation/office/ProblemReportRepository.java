package be.brussels.mediation.office;

import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Problem reports, for the staff inbox.
 */
public interface ProblemReportRepository extends JpaRepository<ProblemReport, Long> {

	long countByStatusAndOfficeIdIn(ProblemReport.Status status, Collection<Long> officeIds);

	@EntityGraph(attributePaths = "office")
	Page<ProblemReport> findByStatusAndOfficeIdInOrderByCreatedAtDescIdDesc(ProblemReport.Status status,
			Collection<Long> officeIds, Pageable page);

	/**
	 * Every report that carries this e-mail address (in any case), newest first: what a
	 * resident may ask to see, receive or erase.
	 */
	@EntityGraph(attributePaths = "office")
	List<ProblemReport> findByEmailIgnoreCaseOrderByCreatedAtDescIdDesc(String email);

}
