package brussels.maillage.identity.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.stream.Collectors;

import brussels.maillage.identity.Role;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account: the aggregate of its roles and team memberships, read and written with
 * {@link UserRepository} (also by the password reset).
 */
@Table("app_user")
public record User(@Id Long id, String email, String displayName, String passwordHash, boolean enabled, boolean demo,
		@MappedCollection(idColumn = "user_id") Set<RoleGrant> roles,
		@MappedCollection(idColumn = "user_id") Set<Membership> teams, Instant createdAt, @Version Integer version) {

	public User {
		email = email.strip().toLowerCase(java.util.Locale.ROOT);
		roles = Set.copyOf(roles);
		teams = Set.copyOf(teams);
	}

	static User create(String email, String displayName, String passwordHash, Set<Role> roles, Set<Long> teamIds,
			boolean demo, Instant createdAt) {
		return new User(null, email, displayName, passwordHash, true, demo, grants(roles), memberships(teamIds),
				createdAt, null);
	}

	Set<Role> roleSet() {
		return this.roles.stream().map(RoleGrant::role).collect(Collectors.toUnmodifiableSet());
	}

	Set<Long> teamIds() {
		return this.teams.stream().map(Membership::teamId).collect(Collectors.toUnmodifiableSet());
	}

	User withAccess(String displayName, Set<Role> roles, Set<Long> teamIds, boolean enabled) {
		return new User(this.id, this.email, displayName, this.passwordHash, enabled, this.demo, grants(roles),
				memberships(teamIds), this.createdAt, this.version);
	}

	/** The same account with another password hash. */
	public User withPasswordHash(String passwordHash) {
		return new User(this.id, this.email, this.displayName, passwordHash, this.enabled, this.demo, this.roles,
				this.teams, this.createdAt, this.version);
	}

	private static Set<RoleGrant> grants(Set<Role> roles) {
		return roles.stream().map(RoleGrant::new).collect(Collectors.toUnmodifiableSet());
	}

	private static Set<Membership> memberships(Set<Long> teamIds) {
		return teamIds.stream().map(Membership::new).collect(Collectors.toUnmodifiableSet());
	}

	@Table("user_role")
	record RoleGrant(Role role) {
	}

	@Table("team_member")
	record Membership(@Column("team_id") Long teamId) {
	}

}
