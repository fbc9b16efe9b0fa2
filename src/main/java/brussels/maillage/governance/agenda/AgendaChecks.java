package brussels.maillage.governance.agenda;

import brussels.maillage.governance.meetings.Meeting;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rule of the agenda form beyond its annotations: a proposal put on the agenda is one
 * the meeting's council may take up; the problem next to the field.
 */
@Component
class AgendaChecks {

	private final AgendaService agenda;

	AgendaChecks(AgendaService agenda) {
		this.agenda = agenda;
	}

	/** Refuses a proposal the meeting cannot take up. */
	void check(Meeting meeting, AgendaForm form, Errors errors) {
		if (form.proposal() != null
				&& this.agenda.proposalsOf(meeting).stream().noneMatch((p) -> p.id().equals(form.proposal()))) {
			errors.rejectValue("proposal", "governance.agenda.error.proposal");
		}
	}

}
