package brussels.maillage.helpdesk.permanences;

import java.util.Optional;

import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the permanence forms that need the lines or the accounts: a line that
 * exists, and an e-mail address that is a staff member's (another than oneself for a
 * swap). The field rules are on the forms.
 */
@Component
class PermanenceChecks {

	static final String UNKNOWN_LINE = "helpdesk.error.line.unknown";

	static final String NOT_STAFF = "helpdesk.permanences.error.person";

	private final LineService lines;

	private final Accounts accounts;

	PermanenceChecks(LineService lines, Accounts accounts) {
		this.lines = lines;
		this.accounts = accounts;
	}

	/** The staff member to put on duty, or {@code null} with the errors added. */
	CurrentUser assignment(AssignmentForm form, Errors errors) {
		if (form.line() == null || this.lines.find(form.line()).isEmpty()) {
			errors.rejectValue("line", UNKNOWN_LINE);
		}
		Optional<CurrentUser> person = staff(form.email());
		if (person.isEmpty()) {
			errors.rejectValue("email", NOT_STAFF);
		}
		return person.orElse(null);
	}

	/**
	 * The colleague {@code user} offers a shift to, or {@code null} with the error added.
	 */
	CurrentUser swap(CurrentUser user, SwapForm form, Errors errors) {
		Optional<CurrentUser> colleague = staff(form.email()).filter((person) -> person.id() != user.id());
		if (colleague.isEmpty()) {
			errors.rejectValue("email", NOT_STAFF);
		}
		return colleague.orElse(null);
	}

	private Optional<CurrentUser> staff(String email) {
		return this.accounts.findByEmail(email.strip().toLowerCase()).filter((person) -> person.has(Role.STAFF));
	}

}
