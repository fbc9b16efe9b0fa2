package brussels.maillage.identity.accounts;

import java.util.Optional;

import brussels.maillage.identity.Team;

import org.springframework.data.repository.ListCrudRepository;

interface TeamRepository extends ListCrudRepository<Team, Long> {

	Optional<Team> findByCode(String code);

}
