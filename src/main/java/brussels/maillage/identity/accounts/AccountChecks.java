package brussels.maillage.identity.accounts;

import org.springframework.stereotype.Component;
import org.springframework.validation.Errors;

/**
 * The rules of the account forms beyond their annotations, each problem next to its
 * field: the present password typed right before a change, and a new account's e-mail
 * address not taken by another (a new password typed twice: {@code PasswordResetChecks}).
 */
@Component
class AccountChecks {

	private final AccountService accounts;

	AccountChecks(AccountService accounts) {
		this.accounts = accounts;
	}

	/**
	 * Whether the password change may go ahead: its fields valid and the present password
	 * right.
	 */
	boolean passwordChange(long userId, AccountController.PasswordForm form, Errors errors) {
		if (!errors.hasFieldErrors("current") && !this.accounts.passwordMatches(userId, form.current())) {
			errors.rejectValue("current", "identity.password.wrong");
		}
		return !errors.hasErrors();
	}

	/** Whether the account may be created: its fields valid and its address free. */
	boolean newAccount(UserForm form, Errors errors) {
		if (!errors.hasFieldErrors("email") && this.accounts.emailTaken(form.email())) {
			errors.rejectValue("email", "identity.user.email.taken");
		}
		return !errors.hasErrors();
	}

}
