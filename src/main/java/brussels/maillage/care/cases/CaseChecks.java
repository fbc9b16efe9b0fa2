package brussels.maillage.care.cases;

import java.time.LocalDate;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.care.providers.ProviderService;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the case forms that need the programmes, the providers or the clock, each
 * problem next to its field; a field whose annotations already refused it is skipped.
 */
@Component
class CaseChecks {

	private final CaseService cases;

	private final ProviderService providers;

	CaseChecks(CaseService cases, ProviderService providers) {
		this.cases = cases;
		this.providers = providers;
	}

	/** The case to open, or {@code null} when a field is refused. */
	NewCase open(CaseForm form, Errors errors) {
		if (!errors.hasFieldErrors("programme") && !this.cases.programmeExists(form.programme())) {
			errors.rejectValue("programme", "care.form.choice");
		}
		if (!errors.hasFieldErrors("bassin") && !CareInput.BASSINS.contains(form.bassin())) {
			errors.rejectValue("bassin", "care.form.choice");
		}
		LocalDate referredOn = CareInput.day(form.referredOn(), "referredOn", errors, this.cases.today());
		return errors.hasErrors() ? null : new NewCase(form.programme(), form.bassin(), referredOn);
	}

	/** The day of a status step, or {@code null} when a field is refused. */
	LocalDate statusStep(CaseStatusForm form, Errors errors) {
		LocalDate on = CareInput.day(form.changedOn(), "changedOn", errors, this.cases.today());
		return errors.hasErrors() ? null : on;
	}

	/** The first day of a role, or {@code null} when a field is refused. */
	LocalDate role(RoleForm form, Errors errors) {
		if (!errors.hasFieldErrors("provider") && !this.providers.isActive(form.providerId())) {
			errors.rejectValue("provider", "care.form.choice");
		}
		LocalDate startsOn = CareInput.day(form.startsOn(), "startsOn", errors, null);
		return errors.hasErrors() ? null : startsOn;
	}

}
