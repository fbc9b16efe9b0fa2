package brussels.maillage.identity;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import brussels.maillage.system.SignedIn;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in user as other modules see them: identity, roles, and the territories of
 * their teams, so that data can be restricted by territory.
 *
 * @param id account id
 * @param email login e-mail address
 * @param displayName name shown in pages
 * @param roles granted roles
 * @param territories territories of the user's teams
 * @param passwordHash hash used by the login, never shown
 * @param enabled whether the account may sign in
 * @param demo a demo account (signs in with its password alone while demo data is on)
 */
public record CurrentUser(long id, String email, String displayName, Set<Role> roles, Set<TerritoryScope> territories,
		String passwordHash, boolean enabled, boolean demo) implements UserDetails, SignedIn {

	public CurrentUser {
		roles = Set.copyOf(roles);
		territories = Set.copyOf(territories);
	}

	/** Whether the user has {@code role} or a role above it. */
	public boolean has(Role role) {
		return this.roles.stream().anyMatch((granted) -> granted.ordinal() <= role.ordinal());
	}

	/**
	 * Whether the user works for {@code territory}, or sees every territory as a
	 * coordinator or admin.
	 */
	public boolean worksFor(TerritoryScope territory) {
		return has(Role.COORDINATOR) || this.territories.contains(territory);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<Role> implied = List.of(Role.values()).stream().filter(this::has).toList();
		return implied.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return this.passwordHash;
	}

	@Override
	public String getUsername() {
		return this.email;
	}

	@Override
	public boolean isEnabled() {
		return this.enabled;
	}

	@Override
	public String toString() {
		return "CurrentUser[" + this.id + ", " + this.email + ", " + this.roles + "]";
	}

}
