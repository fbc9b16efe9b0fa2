package brussels.maillage.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Accounts and teams as the rest of the application sees them: the signed-in user, the
 * teams with their territories, and who works for a territory. Demo accounts exist only
 * while demo data is enabled: outside it they cannot sign in. Implemented in
 * {@code identity.accounts}, which also creates accounts and changes their access.
 */
public interface Accounts extends UserDetailsService {

	@Override
	CurrentUser loadUserByUsername(String email);

	/** The user with this id, as the rest of the application sees them. */
	Optional<CurrentUser> findCurrentUser(long id);

	/** The user with this e-mail address, as the rest of the application sees them. */
	Optional<CurrentUser> findByEmail(String email);

	/** Every team, with its territory. */
	List<Team> teams();

	/**
	 * The enabled accounts that belong to a team of {@code territory}, by name (how other
	 * modules list who may act for a team, without reading this module's tables).
	 */
	List<StaffMember> staffOf(TerritoryScope territory);

	/** The names accounts display, by id ({@code ids} unknown are left out). */
	Map<Long, String> displayNames(Collection<Long> ids);

}
