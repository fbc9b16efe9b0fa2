package brussels.maillage.prevention.programmes;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the programme form beyond its annotations, each problem next to its field:
 * a new programme's code not taken, real days, an end not before the start.
 */
@Component
class ProgrammeChecks {

	private final ProgrammeService programmes;

	ProgrammeChecks(ProgrammeService programmes) {
		this.programmes = programmes;
	}

	/** The new programme the form describes, or {@code null} when a field is refused. */
	Programme added(ProgrammeForm form, Errors errors) {
		if (!errors.hasFieldErrors("code") && this.programmes.codeTaken(form.code())) {
			errors.rejectValue("code", "programme.code.taken");
		}
		return read(UUID.randomUUID(), form.code(), form, errors);
	}

	/**
	 * The changed programme (its id and code kept), or {@code null} when a field is
	 * refused.
	 */
	static Programme changed(Programme programme, ProgrammeForm form, Errors errors) {
		return read(programme.id(), programme.code(), form, errors);
	}

	private static Programme read(UUID id, String code, ProgrammeForm form, Errors errors) {
		LocalDate starts = day(form.startsOn(), "startsOn", errors);
		LocalDate ends = form.endsOn().isEmpty() ? null : day(form.endsOn(), "endsOn", errors);
		if (starts != null && ends != null && ends.isBefore(starts)) {
			errors.rejectValue("endsOn", "programme.endsOn.beforeStart");
		}
		return errors.hasErrors() ? null : new Programme(id, code,
				LocalizedText.of(form.nameFr(), form.nameNl(), form.nameEn()), form.territories(), starts, ends);
	}

	private static LocalDate day(String value, String field, Errors errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "prevention.session.heldOn.invalid");
			return null;
		}
	}

}
