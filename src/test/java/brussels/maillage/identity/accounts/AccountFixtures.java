package brussels.maillage.identity.accounts;

import java.util.Set;

import brussels.maillage.identity.Accounts;
import brussels.maillage.identity.Role;

/**
 * Accounts of their own for the identity tests outside this package (one role, no team,
 * not a demo account), created as the administrators' page creates them, so a test never
 * changes the demo accounts.
 */
public final class AccountFixtures {

	private AccountFixtures() {
	}

	/**
	 * A new account with {@code role}; {@code accounts} is the application's one
	 * {@link Accounts}, this package's {@link AccountService}.
	 */
	public static User account(Accounts accounts, String email, String displayName, String password, Role role) {
		return ((AccountService) accounts).create(email, displayName, password, Set.of(role), Set.of(), false);
	}

}
