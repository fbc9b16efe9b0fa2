package brussels.maillage.directory.services;

import brussels.maillage.system.forms.EmailAddress;
import brussels.maillage.system.forms.Filled;
import brussels.maillage.system.forms.TextLength;

/**
 * What a member of the public says is wrong on a service's page.
 *
 * @param message what is wrong
 * @param email where to answer, if they wish
 * @param website a field hidden from people: robots fill it
 */
record ReportForm(
		@Filled(message = "{directory.report.message.required}") @TextLength(max = 4000,
				message = "{directory.edit.tooLong}") String message,
		@EmailAddress(message = "{directory.edit.email.invalid}") String email, String website) {

	public ReportForm {
		message = FieldChecks.orEmpty(message);
		email = FieldChecks.orEmpty(email);
		website = FieldChecks.orEmpty(website);
	}

	/** Nothing typed yet. */
	public static ReportForm empty() {
		return new ReportForm("", "", "");
	}

	/** Whether a robot filled the hidden field. */
	public boolean isFromRobot() {
		return !this.website.isBlank();
	}

}
