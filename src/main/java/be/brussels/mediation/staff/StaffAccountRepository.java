package be.brussels.mediation.staff;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/**
 * Staff accounts, found by the name they sign in with.
 */
public interface StaffAccountRepository extends JpaRepository<StaffAccount, Long> {

	@EntityGraph(attributePaths = "officeIds")
	Optional<StaffAccount> findByUsername(String username);

	@EntityGraph(attributePaths = "officeIds")
	List<StaffAccount> findAllByOrderByUsername();

	boolean existsByRole(StaffAccount.Role role);

}
