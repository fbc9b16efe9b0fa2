package brussels.maillage.territory;

import java.util.Objects;
import java.util.function.Predicate;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.territory.reference.TerritoryRepository.Assignment;
import brussels.maillage.territory.reference.TerritoryRepository;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * An administrator's change of a sub-municipality's assignment, checked, written with its
 * history line and recorded in the audit log, in the transaction of
 * {@link TerritoryService#changeAssignment}.
 */
@Component
class AssignmentChanges {

	private final TerritoryRepository repository;

	private final AuditLog audit;

	AssignmentChanges(TerritoryRepository repository, AuditLog audit) {
		this.repository = repository;
		this.audit = audit;
	}

	/**
	 * Changes the assignment as {@link TerritoryService#changeAssignment} describes.
	 * @param knownBassin whether a bassin code is one of the bassins
	 * @return the sub-municipality as it is now assigned
	 */
	Submunicipality change(String submunicipalityCode, String bassin, AssignmentStatus status, String reason,
			Predicate<String> knownBassin) {
		String newBassin = (bassin == null || bassin.isBlank()) ? null : bassin.strip();
		if (reason == null || reason.isBlank()) {
			throw new IllegalArgumentException("A change of assignment needs a reason");
		}
		if (status == null || (newBassin == null) != (status == AssignmentStatus.UNRESOLVED)) {
			throw new IllegalArgumentException(
					"An area without a bassin is unresolved; an area with a bassin is verified or inferred");
		}
		if (newBassin != null && !knownBassin.test(newBassin)) {
			throw new IllegalArgumentException("Unknown bassin " + newBassin);
		}
		Submunicipality before = this.repository.submunicipality(submunicipalityCode)
			.orElseThrow(() -> new IllegalArgumentException("Unknown sub-municipality " + submunicipalityCode));
		Assignment after = new Assignment(newBassin, status, reason.strip());
		this.repository.updateAssignment(before.code(), after);
		this.repository.recordChange(before.code(), Assignment.of(before), after, after.source(), actor());
		this.audit.record("territory.assignment.changed", "submunicipality", before.code(),
				describeChange(Assignment.of(before), after));
		return new Submunicipality(before.code(), before.nis(), before.name(), before.areaHa(), before.sectors(),
				after.bassin(), after.status(), after.source());
	}

	private static String describeChange(Assignment before, Assignment after) {
		return AuditLog.details("assignment-changed", Objects.toString(before.bassin(), "NONE"), before.status().name(),
				Objects.toString(after.bassin(), "NONE"), after.status().name(), after.source());
	}

	private static String actor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
			return user.email();
		}
		if (authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getName())) {
			return authentication.getName();
		}
		return "system";
	}

}
