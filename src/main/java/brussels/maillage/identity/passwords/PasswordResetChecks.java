package brussels.maillage.identity.passwords;

import org.springframework.validation.Errors;

/**
 * The rule of the password-reset form beyond its annotations: the new password typed the
 * same twice, the problem next to the confirmation.
 */
final class PasswordResetChecks {

	private PasswordResetChecks() {
	}

	/** Whether the new password may be set: its fields valid and typed the same twice. */
	static boolean newPassword(PasswordResetController.NewPasswordForm form, Errors errors) {
		if (!errors.hasFieldErrors("password") && !errors.hasFieldErrors("confirmation")
				&& !form.password().equals(form.confirmation())) {
			errors.rejectValue("confirmation", "identity.reset.mismatch");
		}
		return !errors.hasErrors();
	}

}
