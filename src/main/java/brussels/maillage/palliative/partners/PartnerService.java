package brussels.maillage.palliative.partners;

import java.util.List;
import java.util.Optional;

import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.forms.Refused;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The platform's psychologists and the referring second-line teams, kept as data by the
 * team: added, renamed, withdrawn from the pick lists (never deleted, so past follow-ups
 * keep them).
 */
@Service
@Transactional(readOnly = true)
public class PartnerService {

	private final PartnerRepository partners;

	private final AuditLog audit;

	PartnerService(PartnerRepository partners, AuditLog audit) {
		this.partners = partners;
		this.audit = audit;
	}

	/** Every referring team, active or not, in order. */
	public List<ReferringTeam> teams() {
		return this.partners.teams();
	}

	public Optional<ReferringTeam> team(String code) {
		return this.partners.team(code);
	}

	/**
	 * Adds a referring team.
	 * @throws Refused when its code exists already
	 */
	@Transactional
	public void addTeam(ReferringTeam team) {
		if (!this.partners.addTeam(team)) {
			throw new Refused("code", "palliative.partners.code.taken");
		}
		this.audit.record("palliative.referringTeam.added", "palliative_referring_team", null, team.code());
	}

	/** Renames, moves or withdraws a referring team. */
	@Transactional
	public void updateTeam(ReferringTeam team) {
		this.partners.updateTeam(team);
		this.audit.record("palliative.referringTeam.changed", "palliative_referring_team", null, team.code());
	}

	/** Every psychologist, the active ones first. */
	public List<Psychologist> psychologists() {
		return this.partners.psychologists();
	}

	public Optional<Psychologist> psychologist(long id) {
		return this.partners.psychologist(id);
	}

	@Transactional
	public long addPsychologist(String name) {
		long id = this.partners.addPsychologist(name);
		this.audit.record("palliative.psychologist.added", "palliative_psychologist", id, null);
		return id;
	}

	/** Renames a psychologist or withdraws them from the pick list. */
	@Transactional
	public void updatePsychologist(long id, String name, boolean active) {
		this.partners.updatePsychologist(id, name, active);
		this.audit.record("palliative.psychologist.changed", "palliative_psychologist", id,
				active ? "active" : "inactive");
	}

}
