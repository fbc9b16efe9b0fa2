package brussels.maillage.identity.accounts;

import java.util.List;

import brussels.maillage.identity.Role;
import brussels.maillage.system.LocalizedText;

/**
 * An account as the administration pages list it.
 *
 * @param id account id
 * @param email login e-mail address
 * @param displayName name shown
 * @param roles granted roles
 * @param teams names of the account's teams
 * @param enabled whether it may sign in
 * @param demo whether it is a demo account
 */
record AccountRow(long id, String email, String displayName, List<Role> roles, List<LocalizedText> teams,
		boolean enabled, boolean demo) {
}
