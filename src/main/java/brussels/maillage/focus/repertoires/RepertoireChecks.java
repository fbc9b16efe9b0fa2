package brussels.maillage.focus.repertoires;

import java.util.Locale;
import java.util.UUID;

import brussels.maillage.focus.FocusService;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the repertoire and section forms beyond their annotations, each problem
 * next to its field: an address of the right shape not used by another repertoire, a
 * title in at least one language, and a section's question unless it is a level of the
 * territory.
 */
@Component
class RepertoireChecks {

	private final FocusService focus;

	RepertoireChecks(FocusService focus) {
		this.focus = focus;
	}

	/** Whether the repertoire ({@code id} is {@code null} for a new one) may be saved. */
	boolean repertoire(RepertoireForm form, UUID id, Errors errors) {
		if (!errors.hasFieldErrors("slug")) {
			String lowerCase = form.slug().toLowerCase(Locale.ROOT);
			if (!form.slug().equals(lowerCase) && lowerCase.matches(RepertoireForm.SLUG)) {
				// Right but for its capitals: the address the person meant is proposed.
				errors.rejectValue("slug", "focus.form.slug.capitals", new Object[] { lowerCase }, null);
			}
			else if (!form.slug().matches(RepertoireForm.SLUG)) {
				errors.rejectValue("slug", "focus.form.slug.invalid");
			}
			else if (this.focus.slugTaken(form.slug(), id)) {
				errors.rejectValue("slug", "focus.form.slug.taken");
			}
		}
		if (!errors.hasFieldErrors("titleFr") && form.title().isEmpty()) {
			errors.rejectValue("titleFr", "focus.form.title.required");
		}
		return !errors.hasErrors();
	}

	/**
	 * Whether the section may be added: a question, or a level of the territory (one of
	 * the list).
	 */
	static boolean section(SectionForm form, Errors errors) {
		if (form.unknownLevel()) {
			errors.rejectValue("level", "focus.section.level.invalid");
		}
		else if (form.chosenLevel() == null && !errors.hasFieldErrors("sectionTitleFr") && form.title().isEmpty()) {
			errors.rejectValue("sectionTitleFr", "focus.section.question.required");
		}
		return !errors.hasErrors();
	}

}
