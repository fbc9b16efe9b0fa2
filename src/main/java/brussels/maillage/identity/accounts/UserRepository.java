package brussels.maillage.identity.accounts;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The accounts ({@code app_user} with their roles and memberships). */
public interface UserRepository extends ListCrudRepository<User, Long> {

	@Query("select * from app_user where lower(email) = lower(:email)")
	Optional<User> findByEmail(String email);

	@Query("select exists (select 1 from app_user where lower(email) = lower(:email))")
	boolean existsByEmail(String email);

}
