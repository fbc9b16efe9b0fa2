package brussels.maillage.identity.accounts;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import java.net.URI;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Who the caller is, and (for administrators) the accounts. */
@RestController
@RequestMapping("/api")
@SecurityRequirement(name = "token")
@Tag(name = "Accounts", description = "The caller's account and, for administrators, every account")
class UserApiController {

	private final AccountService accounts;

	private final MessageSource messages;

	UserApiController(AccountService accounts, MessageSource messages) {
		this.accounts = accounts;
		this.messages = messages;
	}

	@Operation(summary = "The account the token belongs to")
	@GetMapping("/me")
	Me me(@AuthenticationPrincipal CurrentUser user) {
		return new Me(user.id(), user.email(), user.displayName(), user.roles(),
				user.territories().stream().map(Enum::name).sorted().toList());
	}

	@Operation(summary = "Every account (administrators only)")
	@GetMapping("/admin/users")
	List<Me> users() {
		return this.accounts.allUsers()
			.stream()
			.map((user) -> new Me(user.id(), user.email(), user.displayName(), user.roleSet(), List.of()))
			.toList();
	}

	@Operation(summary = "Create an account (administrators only)")
	@PostMapping("/admin/users")
	ResponseEntity<?> create(@Valid @RequestBody NewAccount account, Locale locale) {
		Set<Long> teamIds = (account.teamIds() != null) ? account.teamIds() : Set.of();
		List<Long> unknownTeams = this.accounts.unknownTeams(teamIds);
		if (!unknownTeams.isEmpty()) {
			ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.UNPROCESSABLE_CONTENT);
			problem.setTitle(this.messages.getMessage("problem.invalid.title", null, locale));
			problem.setDetail(this.messages.getMessage("problem.invalid.detail", null, locale));
			problem.setProperty("errors",
					unknownTeams.stream()
						.map((id) -> Map.of("field", "teamIds", "message",
								this.messages.getMessage("identity.api.team.unknown",
										new Object[] { String.valueOf(id) }, locale)))
						.toList());
			return ResponseEntity.unprocessableContent().body(problem);
		}
		if (this.accounts.emailTaken(account.email())) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
					"An account with this e-mail address exists already");
			problem.setTitle("Conflict");
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
		User user = this.accounts.create(account.email(), account.displayName(), account.password(), account.roles(),
				teamIds, false);
		return ResponseEntity.created(URI.create("/api/admin/users/" + user.id()))
			.body(new Me(user.id(), user.email(), user.displayName(), user.roleSet(), List.of()));
	}

	/**
	 * An account to create.
	 *
	 * @param email login e-mail address
	 * @param displayName name shown
	 * @param password initial password (12 characters at least)
	 * @param roles roles granted
	 * @param teamIds teams joined
	 */
	record NewAccount(@NotBlank @Email @Size(max = 254) String email, @NotBlank @Size(max = 200) String displayName,
			@NotBlank @Size(min = 12, max = 200) @NotCommonPassword String password, @NotEmpty Set<Role> roles,
			Set<Long> teamIds) {
	}

	record Me(long id, String email, String displayName, Set<Role> roles, List<String> territories) {
	}

}
