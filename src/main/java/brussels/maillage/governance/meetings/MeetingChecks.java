package brussels.maillage.governance.meetings;

import brussels.maillage.governance.bodies.BodiesService;
import brussels.maillage.governance.bodies.Body;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the meeting forms beyond their annotations: a meeting ends after it
 * starts; a participant's category is one of the body's; each problem next to its field.
 */
@Component
class MeetingChecks {

	private final BodiesService bodies;

	MeetingChecks(BodiesService bodies) {
		this.bodies = bodies;
	}

	/** Refuses an end that is not after the start. */
	static void times(MeetingForm form, Errors errors) {
		if (form.start() != null && form.end() != null && !errors.hasFieldErrors("endTime")
				&& !form.end().isAfter(form.start())) {
			errors.rejectValue("endTime", "governance.meeting.error.endsBeforeStart");
		}
	}

	/** The participant's category, {@code null} when none; an unknown one is refused. */
	String category(Body body, ParticipantForm form, Errors errors) {
		String category = (form.category() == null || form.category().isBlank()) ? null : form.category();
		if (category != null && this.bodies.participantCategories(body)
			.stream()
			.noneMatch((known) -> known.code().equals(category))) {
			errors.rejectValue("category", "governance.participants.error.category");
		}
		return category;
	}

}
