package brussels.maillage.identity.accounts;

import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import brussels.maillage.identity.Role;

/**
 * What an administrator types to create an account, or to change one (then without e-mail
 * and password).
 *
 * @param email login e-mail address
 * @param displayName name shown in pages
 * @param password initial password
 * @param roles roles granted
 * @param teamIds teams joined
 * @param enabled whether the account may sign in
 */
record UserForm(
		@NotBlank(groups = Creation.class) @Email(
				groups = Creation.class) @Size(max = 254, groups = Creation.class) String email,
		@NotBlank @Size(max = 200) String displayName,
		@NotBlank(groups = Creation.class) @Size(min = 12, max = 200,
				groups = Creation.class) @NotCommonPassword(groups = Creation.class) String password,
		@NotEmpty Set<Role> roles, Set<Long> teamIds, Boolean enabled) {

	UserForm {
		roles = (roles != null) ? roles : Set.of();
		teamIds = (teamIds != null) ? teamIds : Set.of();
		enabled = Boolean.TRUE.equals(enabled);
	}

	static UserForm empty() {
		return new UserForm("", "", "", Set.of(Role.STAFF), Set.of(), true);
	}

	static UserForm of(User user) {
		return new UserForm(user.email(), user.displayName(), null, user.roleSet(), user.teamIds(), user.enabled());
	}

	/** Validation group for the fields only asked at creation. */
	interface Creation {

	}

}
