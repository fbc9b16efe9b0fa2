package brussels.maillage.governance.proposals;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.BodyKind;
import brussels.maillage.governance.syntheses.SynthesesService;
import brussels.maillage.identity.CurrentUser;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the proposal form beyond its annotations, each problem next to its field:
 * its origin (a synthesis item that exists, a working group, or a note), a text in French
 * or Dutch, a council the author manages.
 */
@Component
class ProposalChecks {

	private final SynthesesService syntheses;

	private final BodiesService bodies;

	ProposalChecks(SynthesesService syntheses, BodiesService bodies) {
		this.syntheses = syntheses;
		this.bodies = bodies;
	}

	/** Refuses what the author cannot submit. */
	void check(ProposalForm form, Errors errors, CurrentUser user) {
		switch (form.originKind()) {
			case SYNTHESIS -> {
				if (form.origin() == null || this.syntheses.ofItem(form.origin()).isEmpty()) {
					errors.rejectValue("origin", "governance.proposal.error.origin");
				}
			}
			case WORKING_GROUP -> {
				if (form.originBody() == null || this.bodies.body(form.originBody())
					.filter((b) -> b.kind() == BodyKind.WORKING_GROUP)
					.isEmpty()) {
					errors.rejectValue("originBody", "governance.proposal.error.originBody");
				}
			}
			default -> {
				if (form.originNote() == null || form.originNote().isBlank()) {
					errors.rejectValue("originNote", "governance.proposal.error.originNote");
				}
			}
		}
		if (form.blank()) {
			errors.rejectValue("textFr", "governance.proposal.error.text");
		}
		Body council = (form.council() != null) ? this.bodies.body(form.council()).orElse(null) : null;
		if (council != null && !BodiesService.canManage(user, council)) {
			errors.rejectValue("council", "governance.proposal.error.notYourCouncil");
		}
	}

}
