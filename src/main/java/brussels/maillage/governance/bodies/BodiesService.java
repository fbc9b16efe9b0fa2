package brussels.maillage.governance.bodies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bodies and their yearly memberships: who sits where, renewal from one year to the
 * next, and the composition check against the legal list.
 */
@Service
@Transactional(readOnly = true)
public class BodiesService {

	private final BodyRepository bodies;

	private final MembershipRepository memberships;

	private final AuditLog audit;

	BodiesService(BodyRepository bodies, MembershipRepository memberships, AuditLog audit) {
		this.bodies = bodies;
		this.memberships = memberships;
		this.audit = audit;
	}

	public List<Body> bodies() {
		return this.bodies.all();
	}

	public Optional<Body> body(UUID id) {
		return this.bodies.find(id);
	}

	public Optional<Body> body(String code) {
		return this.bodies.findByCode(code);
	}

	/**
	 * Whether {@code user} manages {@code body}: its bassin's staff, the regional team
	 * for regional bodies, coordinators for all.
	 */
	public static boolean canManage(CurrentUser user, Body body) {
		if (user == null) {
			return false;
		}
		try {
			return user.has(Role.STAFF) && user.worksFor(TerritoryScope.valueOf(body.territory()));
		}
		catch (IllegalArgumentException ex) {
			return user.has(Role.COORDINATOR);
		}
	}

	/** The categories the body must invite (none but for councils). */
	public List<Category> categories(Body body) {
		return body.kind().council() ? this.bodies.categories(body.kind()) : List.of();
	}

	/**
	 * The categories other participants of the body's meetings come from: the regional
	 * council's list for regional bodies, the decree's bassin list for the others.
	 */
	public List<Category> participantCategories(Body body) {
		return this.bodies
			.categories("REGION".equals(body.territory()) ? BodyKind.REGIONAL_COUNCIL : BodyKind.BASSIN_COUNCIL);
	}

	public List<Membership> memberships(UUID bodyId, int year) {
		return this.memberships.of(bodyId, year);
	}

	public Optional<Membership> membership(UUID id) {
		return this.memberships.find(id);
	}

	/** The years the body has memberships for. */
	public List<Integer> years(UUID bodyId) {
		return this.memberships.years(bodyId);
	}

	List<MembershipRepository.MembershipChange> changes(UUID membershipId) {
		return this.memberships.changes(membershipId);
	}

	/** Adds a membership for a year. */
	@Transactional
	public UUID addMembership(Body body, NewMembership command, String by) {
		if (!body.kind().hasMembers()) {
			throw new IllegalArgumentException("An open series has no members");
		}
		UUID id = UUID.randomUUID();
		this.memberships.insert(new Membership(id, body.id(), command.year(), command.personName(), command.email(),
				command.organisationId(), command.organisationName(), command.category(), command.role(),
				command.type(), command.status(), command.startsOn(), command.endsOn(), command.charterVersion(), null),
				by, "created");
		this.audit.record("governance.membership.created", "governance_membership", id,
				body.code() + " " + command.year());
		return id;
	}

	/**
	 * Changes a membership's status (and last day); the previous state stays in its
	 * history.
	 */
	@Transactional
	public void changeStatus(UUID membershipId, MembershipStatus status, LocalDate endsOn, String by) {
		Membership current = this.memberships.find(membershipId).orElseThrow();
		LocalDate last = (status == MembershipStatus.ENDED && endsOn == null) ? current.endsOn() : endsOn;
		if (last != null && (last.isBefore(current.startsOn()) || last.getYear() != current.year())) {
			throw new IllegalArgumentException("The last day lies in the membership's year, after its first day");
		}
		this.memberships.change(new Membership(current.id(), current.bodyId(), current.year(), current.personName(),
				current.email(), current.organisationId(), current.organisationName(), current.category(),
				current.role(), current.type(), status, current.startsOn(), last, current.charterVersion(),
				current.renewedFrom()), by, "status");
		this.audit.record("governance.membership.changed", "governance_membership", membershipId, status.name());
	}

	/**
	 * Invites for {@code fromYear + 1} every member accepted or active in
	 * {@code fromYear}, with the same organisation, category, role and type; people
	 * already listed in the next year are left as they are. The year's rows stay
	 * untouched.
	 * @return how many were invited
	 */
	@Transactional
	public int renew(Body body, int fromYear, String by) {
		int next = fromYear + 1;
		Set<String> already = this.memberships.of(body.id(), next)
			.stream()
			.map((m) -> m.personName().toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
		int invited = 0;
		for (Membership m : this.memberships.of(body.id(), fromYear)) {
			boolean active = m.status() == MembershipStatus.ACTIVE || m.status() == MembershipStatus.ACCEPTED;
			if (!active || !already.add(m.personName().toLowerCase(Locale.ROOT))) {
				continue;
			}
			this.memberships.insert(new Membership(UUID.randomUUID(), body.id(), next, m.personName(), m.email(),
					m.organisationId(), m.organisationName(), m.category(), m.role(), m.type(),
					MembershipStatus.INVITED, LocalDate.of(next, 1, 1), null, null, m.id()), by,
					"renewed from " + fromYear);
			invited++;
		}
		this.audit.record("governance.membership.renewed", "governance_body", body.id(),
				AuditLog.details("membership-renewed", fromYear, next, invited));
		return invited;
	}

	/**
	 * The composition check of a council for a year; {@code presentCategories} are the
	 * categories of members who attended at least one meeting that year.
	 */
	public Composition composition(Body body, int year, Set<String> presentCategories) {
		List<Membership> year_ = this.memberships.of(body.id(), year);
		List<Composition.Check> checks = new ArrayList<>();
		for (Category category : categories(body)) {
			List<Membership> of = year_.stream().filter((m) -> category.code().equals(m.category())).toList();
			checks.add(new Composition.Check(category, !of.isEmpty(), of.stream().anyMatch((m) -> m.status().seated()),
					presentCategories.contains(category.code())));
		}
		return new Composition(year, checks);
	}

	/** Creates a working group of the regional level (administrators). */
	@Transactional
	public UUID createWorkingGroup(String code, LocalizedText name, String by) {
		UUID id = UUID.randomUUID();
		if (!this.bodies.insertIfAbsent(new Body(id, code, BodyKind.WORKING_GROUP, "REGION", null, name), by)) {
			throw new IllegalArgumentException("A body with this code exists");
		}
		this.audit.record("governance.body.created", "governance_body", id, code);
		return id;
	}

	/** Adds a body of the fixed structure unless its code exists (start-up). */
	@Transactional
	public void ensure(Body body) {
		this.bodies.insertIfAbsent(body, "system");
	}

}
