package brussels.maillage.identity.accounts;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.StaffMember;
import brussels.maillage.identity.Team;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.DemoMode;

import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and teams: creation, changes of access, and the view of a user that the rest
 * of the application gets ({@link Accounts}). Demo accounts exist only while demo data is
 * enabled: outside it they cannot sign in.
 */
@Service
@Transactional(readOnly = true)
class AccountService implements Accounts {

	private final UserRepository users;

	private final TeamRepository teams;

	private final PasswordEncoder passwordEncoder;

	private final AuditLog audit;

	private final DemoMode demoMode;

	private final java.time.Clock clock;

	AccountService(UserRepository users, TeamRepository teams, PasswordEncoder passwordEncoder, AuditLog audit,
			DemoMode demoMode, java.time.Clock clock) {
		this.clock = clock;
		this.users = users;
		this.teams = teams;
		this.passwordEncoder = passwordEncoder;
		this.audit = audit;
		this.demoMode = demoMode;
	}

	@Override
	public CurrentUser loadUserByUsername(String email) {
		return this.users.findByEmail(email.strip())
			.filter((user) -> !user.demo() || this.demoMode.enabled())
			.map(this::toCurrentUser)
			.orElseThrow(() -> new UsernameNotFoundException("No such account"));
	}

	@Override
	public Optional<CurrentUser> findCurrentUser(long id) {
		return this.users.findById(id)
			.filter((user) -> !user.demo() || this.demoMode.enabled())
			.map(this::toCurrentUser);
	}

	@Override
	public Optional<CurrentUser> findByEmail(String email) {
		return this.users.findByEmail(email)
			.filter((user) -> !user.demo() || this.demoMode.enabled())
			.map(this::toCurrentUser);
	}

	@Override
	public List<Team> teams() {
		return this.teams.findAll().stream().sorted(java.util.Comparator.comparing(Team::id)).toList();
	}

	@Override
	public List<StaffMember> staffOf(TerritoryScope territory) {
		java.util.Set<Long> teamIds = teams().stream()
			.filter((team) -> team.territory() == territory)
			.map(Team::id)
			.collect(java.util.stream.Collectors.toSet());
		return this.users.findAll()
			.stream()
			.filter((user) -> user.enabled() && (!user.demo() || this.demoMode.enabled()))
			.filter((user) -> user.teams().stream().anyMatch((member) -> teamIds.contains(member.teamId())))
			.map((user) -> new StaffMember(user.id(), user.displayName()))
			.sorted(java.util.Comparator.comparing(StaffMember::displayName).thenComparing(StaffMember::id))
			.toList();
	}

	@Override
	public java.util.Map<Long, String> displayNames(java.util.Collection<Long> ids) {
		java.util.Map<Long, String> names = new java.util.HashMap<>();
		this.users.findAllById(ids).forEach((user) -> names.put(user.id(), user.displayName()));
		return names;
	}

	/** Every account, by e-mail address. */
	List<User> allUsers() {
		return this.users.findAll().stream().sorted(java.util.Comparator.comparing(User::email)).toList();
	}

	/** The account with this id. */
	Optional<User> user(long id) {
		return this.users.findById(id);
	}

	/**
	 * The ids among {@code teamIds} that no team has, in ascending order (a missing id as
	 * null, first).
	 */
	List<Long> unknownTeams(Set<Long> teamIds) {
		List<Long> given = teamIds.stream().filter(java.util.Objects::nonNull).toList();
		Set<Long> known = this.teams.findAllById(given).stream().map(Team::id).collect(Collectors.toSet());
		return teamIds.stream()
			.filter((id) -> id == null || !known.contains(id))
			.sorted(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))
			.toList();
	}

	boolean emailTaken(String email) {
		return this.users.existsByEmail(email.strip());
	}

	/**
	 * Creates an account with its roles and teams, in the audit log; demo accounts sign
	 * in only while demo data is on.
	 */
	@Transactional
	User create(String email, String displayName, String rawPassword, Set<Role> roles, Set<Long> teamIds,
			boolean demo) {
		User user = this.users.save(User.create(email, displayName.strip(), this.passwordEncoder.encode(rawPassword),
				roles, teamIds, demo, this.clock.instant()));
		this.audit.record("user.created", "user", user.id(),
				AuditLog.details("user-access", joined(roles), joined(teamIds)));
		return user;
	}

	@Transactional
	User changeAccess(long id, String displayName, Set<Role> roles, Set<Long> teamIds, boolean enabled) {
		User user = this.users.findById(id).orElseThrow();
		User changed = this.users.save(user.withAccess(displayName.strip(), roles, teamIds, enabled));
		if (!user.roleSet().equals(Set.copyOf(roles))) {
			this.audit.record("user.roles-changed", "user", id,
					AuditLog.details("roles-changed", joined(user.roleSet()), joined(roles)));
		}
		this.audit.record("user.changed", "user", id,
				enabled ? AuditLog.details("user-access", joined(roles), joined(teamIds))
						: AuditLog.details("user-access-disabled", joined(roles), joined(teamIds)));
		return changed;
	}

	@Transactional
	void setEnabled(long id, boolean enabled) {
		User user = this.users.findById(id).orElseThrow();
		this.users.save(user.withAccess(user.displayName(), user.roleSet(), user.teamIds(), enabled));
		this.audit.record(enabled ? "user.enabled" : "user.disabled", "user", id, null);
	}

	@Transactional
	void changePassword(long id, String rawPassword) {
		User user = this.users.findById(id).orElseThrow();
		this.users.save(user.withPasswordHash(this.passwordEncoder.encode(rawPassword)));
		this.audit.record("user.password-changed", "user", id, null);
	}

	boolean passwordMatches(long id, String rawPassword) {
		return this.users.findById(id)
			.map((user) -> user.passwordHash() != null
					&& this.passwordEncoder.matches(rawPassword, user.passwordHash()))
			.orElse(false);
	}

	private CurrentUser toCurrentUser(User user) {
		Set<TerritoryScope> territories = this.teams.findAllById(user.teamIds())
			.stream()
			.map(Team::territory)
			.collect(Collectors.toSet());
		return new CurrentUser(user.id(), user.email(), user.displayName(), user.roleSet(), territories,
				(user.passwordHash() != null) ? user.passwordHash() : "", user.enabled(), user.demo());
	}

	/**
	 * Codes or ids in their natural order, joined by commas ({@code COORDINATOR, STAFF}).
	 */
	private static String joined(Set<?> values) {
		return values.stream().sorted().map(String::valueOf).collect(Collectors.joining(", "));
	}

}
