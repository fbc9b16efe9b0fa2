package brussels.maillage.identity;

import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

interface UserRepository extends ListCrudRepository<User, Long> {

	@Query("select * from app_user where lower(email) = lower(:email)")
	Optional<User> findByEmail(String email);

	@Query("select exists (select 1 from app_user where lower(email) = lower(:email))")
	boolean existsByEmail(String email);

}
