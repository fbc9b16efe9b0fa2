package brussels.maillage.directory.cadastres;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Theme;
import brussels.maillage.identity.AuditLog;
import brussels.maillage.system.LocalizedText;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.BindingResult;

/**
 * The cadastre of trainings: kept by staff, searched, listed publicly and exported.
 */
@Service
@Transactional(readOnly = true)
class TrainingService {

	static final int LISTED = 500;

	private final TrainingRepository repository;

	private final DirectoryService directory;

	private final AuditLog audit;

	TrainingService(TrainingRepository repository, DirectoryService directory, AuditLog audit) {
		this.repository = repository;
		this.directory = directory;
		this.audit = audit;
	}

	List<Training> find(TrainingFilter filter) {
		return this.repository.find(filter, LISTED);
	}

	Optional<Training> training(UUID id) {
		return this.repository.find(id);
	}

	long count() {
		return this.repository.count();
	}

	Optional<UUID> organizationId(String name) {
		return this.repository.organizationNamed(name);
	}

	List<String> organizationNames() {
		return this.repository.organizationNames();
	}

	/** The directory's themes, top-level ones first, by code. */
	List<Theme> themes() {
		return this.directory.themes();
	}

	/**
	 * Reads a checked form into a training, or leaves errors by the fields: an organiser
	 * the directory knows, a theme of its taxonomy, dates or a recurrence, an end after
	 * the start.
	 */
	Training read(UUID id, TrainingForm form, BindingResult errors) {
		UUID organization = null;
		if (!errors.hasFieldErrors("organization")) {
			organization = this.repository.organizationNamed(form.organization()).orElse(null);
			if (organization == null) {
				errors.rejectValue("organization", "cadastre.training.organization.unknown");
			}
		}
		if (!errors.hasFieldErrors("theme")
				&& this.directory.themes().stream().noneMatch((theme) -> theme.code().equals(form.theme()))) {
			errors.rejectValue("theme", "cadastre.training.theme.unknown");
		}
		LocalDate starts = day(form.startsOn(), "startsOn", errors);
		LocalDate ends = day(form.endsOn(), "endsOn", errors);
		if (form.startsOn().isEmpty() && form.recurrence().isEmpty() && !errors.hasFieldErrors("startsOn")) {
			errors.rejectValue("startsOn", "cadastre.training.when.required");
		}
		if (starts != null && ends != null && ends.isBefore(starts)) {
			errors.rejectValue("endsOn", "cadastre.training.endsOn.beforeStart");
		}
		if (!form.endsOn().isEmpty() && form.startsOn().isEmpty() && !errors.hasFieldErrors("endsOn")) {
			errors.rejectValue("endsOn", "cadastre.training.endsOn.withoutStart");
		}
		if (errors.hasErrors()) {
			return null;
		}
		return new Training(id, organization, form.organization(),
				LocalizedText.of(form.titleFr(), form.titleNl(), null), Training.Audience.valueOf(form.audience()),
				form.languages(), starts, ends, form.recurrence().isEmpty() ? null : form.recurrence(),
				new BigDecimal(form.cost().replace(',', '.')), form.theme(), form.url().isEmpty() ? null : form.url());
	}

	@Transactional
	void add(Training training, String by) {
		this.repository.insert(training, by);
		this.audit.record("cadastre.training.added", "directory_training", training.id(), training.title().fr());
	}

	@Transactional
	void change(Training training) {
		this.repository.update(training);
		this.audit.record("cadastre.training.changed", "directory_training", training.id(), training.title().fr());
	}

	@Transactional
	boolean remove(UUID id) {
		boolean removed = this.repository.delete(id) > 0;
		if (removed) {
			this.audit.record("cadastre.training.removed", "directory_training", id, null);
		}
		return removed;
	}

	private static LocalDate day(String value, String field, BindingResult errors) {
		if (value.isEmpty() || errors.hasFieldErrors(field)) {
			return null;
		}
		try {
			return LocalDate.parse(value);
		}
		catch (DateTimeParseException ex) {
			errors.rejectValue(field, "cadastre.date.invalid");
			return null;
		}
	}

}
