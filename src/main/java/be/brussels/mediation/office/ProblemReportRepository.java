package be.brussels.mediation.office;

import java.util.Collection;

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

}
