package brussels.maillage.directory.cadastres;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * The mapping of the orientation lines: each line is listed, then met, then a
 * collaboration agreed, each step on a day not before the one before it.
 */
@Service
@Transactional(readOnly = true)
class OrientationLineService {

	private final OrientationLineRepository repository;

	private final TrainingRepository organizations;

	private final AuditLog audit;

	OrientationLineService(OrientationLineRepository repository, TrainingRepository organizations, AuditLog audit) {
		this.repository = repository;
		this.organizations = organizations;
		this.audit = audit;
	}

	/** The counts of the mapping on a day, for {@link OrientationMapping}. */
	public OrientationMapping.Counts counts(LocalDate asOf) {
		return this.repository.counts(asOf);
	}

	long count() {
		return this.repository.count();
	}

	List<OrientationLine> all() {
		return this.repository.all();
	}

	Optional<OrientationLine> line(UUID id) {
		return this.repository.find(id);
	}

	List<String> organizationNames() {
		return this.organizations.organizationNames();
	}

	/** Reads a checked form into a line, or leaves errors by the fields. */
	OrientationLine read(LineForm form, LocalDate today, BindingResult errors) {
		UUID organization = null;
		if (!form.organization().isEmpty() && !errors.hasFieldErrors("organization")) {
			organization = this.organizations.organizationNamed(form.organization()).orElse(null);
			if (organization == null) {
				errors.rejectValue("organization", "cadastre.training.organization.unknown");
			}
		}
		LocalDate listed = day(form.listedOn(), "listedOn", today, errors);
		if (errors.hasErrors()) {
			return null;
		}
		return new OrientationLine(UUID.randomUUID(), form.name(), organization, form.organization(),
				form.phone().isEmpty() ? null : form.phone(), listed, null, null);
	}

	@Transactional
	void add(OrientationLine line, String by) {
		this.repository.insert(line, by);
		this.audit.record("cadastre.line.listed", "directory_orientation_line", line.id(), line.name());
	}

	/**
	 * Records the line's next step on the form's day, or leaves an error by the day: not
	 * in the future, not before the step before, nothing after an agreement.
	 */
	@Transactional
	void step(OrientationLine line, StepForm form, LocalDate today, BindingResult errors) {
		if (line.status() == OrientationLine.Status.AGREED) {
			errors.rejectValue("on", "cadastre.line.step.done");
			return;
		}
		LocalDate on = day(form.on(), "on", today, errors);
		if (on == null) {
			return;
		}
		LocalDate before = (line.status() == OrientationLine.Status.MET) ? line.metOn() : line.listedOn();
		if (on.isBefore(before)) {
			errors.rejectValue("on", "cadastre.line.step.beforePrevious");
			return;
		}
		if (line.status() == OrientationLine.Status.LISTED) {
			this.repository.met(line.id(), on);
			this.audit.record("cadastre.line.met", "directory_orientation_line", line.id(), on.toString());
		}
		else {
			this.repository.agreed(line.id(), on);
			this.audit.record("cadastre.line.agreed", "directory_orientation_line", line.id(), on.toString());
		}
	}

	private static LocalDate day(String value, String field, LocalDate today, BindingResult errors) {
		if (errors.hasFieldErrors(field)) {
			return null;
		}
		try {
			LocalDate day = LocalDate.parse(value);
			if (day.isAfter(today)) {
				errors.rejectValue(field, "cadastre.date.future");
				return null;
			}
			return day;
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "cadastre.date.invalid");
			return null;
		}
	}

}
