package be.brussels.mediation.office;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Problem reports, for the staff inbox.
 */
public interface ProblemReportRepository extends JpaRepository<ProblemReport, Long> {

	long countByStatusAndOfficeIdIn(ProblemReport.Status status, Collection<Long> officeIds);

	@EntityGraph(attributePaths = "office")
	List<ProblemReport> findByStatusAndOfficeIdInOrderByCreatedAtDesc(ProblemReport.Status status,
			Collection<Long> officeIds);

}
