package brussels.maillage.palliative.conventions;

import java.util.List;
import java.util.Optional;

import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referent persons of the nursing homes for palliative care, kept with their
 * convention: added, changed and removed by the team, each change in the audit log
 * ({@code palliative.convention.referent.*}, on the convention).
 */
@Service
@Transactional(readOnly = true)
class ConventionReferentService {

	private final ConventionReferentRepository referents;

	private final AuditLog audit;

	ConventionReferentService(ConventionReferentRepository referents, AuditLog audit) {
		this.referents = referents;
		this.audit = audit;
	}

	/** The referents of a convention, by name. */
	public List<ConventionReferent> of(long conventionId) {
		return this.referents.of(conventionId);
	}

	/** One referent. */
	public Optional<ConventionReferent> find(long id) {
		return this.referents.find(id);
	}

	/** Adds a referent to a convention. */
	@Transactional
	public long add(ConventionReferent referent) {
		long id = this.referents.insert(referent);
		this.audit.record("palliative.convention.referent.added", "palliative_convention", referent.conventionId(),
				AuditLog.details("referent", id, referent.name()));
		return id;
	}

	/** Changes a referent's name, function or contact details. */
	@Transactional
	public void change(ConventionReferent referent) {
		this.referents.update(referent);
		this.audit.record("palliative.convention.referent.changed", "palliative_convention", referent.conventionId(),
				AuditLog.details("referent", referent.id(), referent.name()));
	}

	/** Removes a referent from a convention. */
	@Transactional
	public void remove(ConventionReferent referent) {
		this.referents.delete(referent.id());
		this.audit.record("palliative.convention.referent.removed", "palliative_convention", referent.conventionId(),
				AuditLog.details("referent", referent.id(), referent.name()));
	}

}
