package brussels.maillage.plans.dashboards;

import org.springframework.validation.Errors;

/**
 * The rules of the thresholds form beyond its annotations, each problem next to its
 * field: "reached" from 1 to 1,000 %, "close" at most 1,000 % and below "reached".
 */
final class ThresholdsChecks {

	private ThresholdsChecks() {
	}

	/** The checked percentages, or {@code null} when a field is refused. */
	static Checked checked(ThresholdsForm form, Errors errors) {
		Integer reached = errors.hasFieldErrors("reached") ? null : ThresholdsForm.percent(form.reached());
		Integer close = errors.hasFieldErrors("close") ? null : ThresholdsForm.percent(form.close());
		if (reached != null && (reached < 1 || reached > 1000)) {
			errors.rejectValue("reached", "plans.dashboard.thresholds.error.range");
			reached = null;
		}
		if (close != null && close > 1000) {
			errors.rejectValue("close", "plans.dashboard.thresholds.error.range");
			close = null;
		}
		if (reached != null && close != null && close >= reached) {
			errors.rejectValue("close", "plans.dashboard.thresholds.error.order");
		}
		return errors.hasErrors() ? null : new Checked(reached, close);
	}

	/**
	 * The checked thresholds.
	 *
	 * @param reached percent from which a deliverable has reached its target
	 * @param close percent from which it is close to it
	 */
	record Checked(int reached, int close) {
	}

}
