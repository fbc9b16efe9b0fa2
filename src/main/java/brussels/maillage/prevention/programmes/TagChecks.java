package brussels.maillage.prevention.programmes;

import java.util.Optional;
import java.util.UUID;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.prevention.programmes.ProgrammeSubjects.Subject;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the tag form beyond its annotations, each problem next to the field of the
 * chosen kind: an event, Focus repertoire or directory theme that exists, a helpdesk
 * request typed and open to the user (the helpdesk decides), and the tagging's own
 * refusal (already tagged).
 */
@Component
class TagChecks {

	private final ProgrammeSubjects subjects;

	TagChecks(ProgrammeSubjects subjects) {
		this.subjects = subjects;
	}

	/** The subject the form names, or empty with the problem next to its field. */
	Optional<Subject> subject(SubjectKind kind, TagForm form, CurrentUser user, Errors errors) {
		String field = ProgrammeStaffController.field(kind);
		if (errors.hasFieldErrors(field)) {
			return Optional.empty();
		}
		Optional<Subject> found = switch (kind) {
			case EVENT -> uuid(form.event()).flatMap(this.subjects::event);
			case HELPDESK_REQUEST -> request(form.request(), user, errors);
			case FOCUS_REPERTOIRE -> uuid(form.repertoire()).flatMap(this.subjects::repertoire);
			case DIRECTORY_THEME -> form.theme().isEmpty() ? Optional.empty() : this.subjects.theme(form.theme());
		};
		if (found.isEmpty() && !errors.hasFieldErrors(field)) {
			errors.rejectValue(field, "programme.tag." + field + ".unknown");
		}
		return found;
	}

	/** Shows the tagging's refusal, if any, next to the field of the kind. */
	static void refused(SubjectKind kind, Optional<String> problem, Errors errors) {
		problem.ifPresent((key) -> errors.rejectValue(ProgrammeStaffController.field(kind), key));
	}

	private Optional<Subject> request(String typed, CurrentUser user, Errors errors) {
		if (typed.isBlank()) {
			errors.rejectValue("request", "programme.tag.request.required");
			return Optional.empty();
		}
		try {
			return this.subjects.request(Long.parseLong(typed.strip()), user);
		}
		catch (HelpdeskService.NotAllowed ex) {
			errors.rejectValue("request", "programme.tag.request.notAllowed");
			return Optional.empty();
		}
	}

	private static Optional<UUID> uuid(String value) {
		try {
			return (value == null || value.isBlank()) ? Optional.empty() : Optional.of(UUID.fromString(value));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
