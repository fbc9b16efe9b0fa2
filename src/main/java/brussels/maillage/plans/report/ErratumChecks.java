package brussels.maillage.plans.report;

import org.springframework.validation.Errors;

/**
 * The rule of the erratum form beyond its annotations: the corrected value is one of the
 * report's values, shown next to the value's pick list.
 */
final class ErratumChecks {

	private ErratumChecks() {
	}

	/** Whether the erratum may be recorded in this report. */
	static boolean erratum(ErratumForm form, AnnualReports.Report report, Errors errors) {
		if (!errors.hasFieldErrors("valueKey") && !report.values().containsKey(form.valueKey())) {
			errors.rejectValue("valueKey", "plans.report.erratum.error.value");
		}
		return !errors.hasErrors();
	}

}
