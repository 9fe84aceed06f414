package be.brussels.mediation.audit;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * The audit log, newest first.
 */
public interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

	Page<AuditEvent> findAllByOrderByCreatedAtDescIdDesc(Pageable pageable);

}
