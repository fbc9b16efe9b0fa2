package brussels.maillage.governance.api;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.governance.bodies.Body;
import brussels.maillage.governance.bodies.Category;
import brussels.maillage.governance.bodies.Composition;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.system.LocalizedText;
import brussels.maillage.system.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A council's composition for a year against its legal list of categories (staff token):
 * per category whether someone was invited, took a seat, came at least once. Never a
 * member's name.
 */
@RestController
@Tag(name = "Governance")
class GovernanceCompositionApiController {

	private final GovernanceApi api;

	private final Problems problems;

	GovernanceCompositionApiController(GovernanceApi api, Problems problems) {
		this.api = api;
		this.problems = problems;
	}

	@GetMapping("/api/governance/bodies/{id}/composition")
	@Operation(summary = "A council's composition by category for a year (staff token)",
			description = "Each category of the council's legal list with invited (someone of it was invited that "
					+ "year), member (someone accepted or is active) and present (someone attended at least one "
					+ "meeting), then the categories without a member. Working groups have no legal list: no "
					+ "categories. Never a member's name.",
			security = @SecurityRequirement(name = "token"))
	@ApiResponse(responseCode = "200", description = "The composition")
	@ApiResponse(responseCode = "400", description = "The year is not a year from 2000 to 2100",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "401", description = "No valid token",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	@ApiResponse(responseCode = "404", description = "No council or working group with this code or id",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class)))
	ResponseEntity<?> composition(@Parameter(
			description = "a council's or working group's code (for example CAB-SUD) or id") @PathVariable String id,
			@Parameter(description = "the year, this year by default") @RequestParam(required = false) String year,
			Locale locale, HttpServletRequest request, @AuthenticationPrincipal CurrentUser user) {
		if (user == null || !user.has(Role.STAFF)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		Integer shown = Problems.yearParameter(year, this.api.thisYear());
		if (shown == null) {
			return this.problems.badRequest("year", "governance.api.year", locale, request.getRequestURI());
		}
		Body body = this.api.body(id).filter((found) -> found.kind().hasMembers()).orElse(null);
		if (body == null) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(this.problems.of(HttpStatus.NOT_FOUND, locale, request.getRequestURI()));
		}
		Composition composition = this.api.composition(body, shown);
		List<CategoryJson> categories = composition.checks()
			.stream()
			.map((check) -> new CategoryJson(check.category().code(), check.category().name(),
					check.category().legalReference(), check.invited(), check.member(), check.present()))
			.toList();
		return ResponseEntity.ok(new CompositionJson(body.id(), body.code(), body.kind().name(), shown, categories,
				composition.missing().stream().map(Category::code).toList()));
	}

	record CompositionJson(UUID id, String organization, String classification, int year, List<CategoryJson> categories,
			List<String> missing) {
	}

	record CategoryJson(String code, LocalizedText name, String legalReference, boolean invited, boolean member,
			boolean present) {
	}

}
