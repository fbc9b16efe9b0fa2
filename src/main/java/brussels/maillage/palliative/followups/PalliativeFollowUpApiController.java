package brussels.maillage.palliative.followups;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The follow-ups as codes and categories, for members of the palliative team only
 * (token); anyone else gets 403 and the attempt is logged. The list opened is logged too.
 */
@RestController
@Tag(name = "Palliative")
class PalliativeFollowUpApiController {

	private final PalliativeFollowUpService followUps;

	PalliativeFollowUpApiController(PalliativeFollowUpService followUps) {
		this.followUps = followUps;
	}

	@GetMapping("/api/palliative/follow-ups")
	@Operation(summary = "The psychological follow-ups (palliative team only)",
			description = "Codes, categories, bassin, status and dates; never a name or a note. Others get 403.")
	List<Map<String, Object>> list() {
		return this.followUps.list(null, null)
			.stream()
			.map((f) -> Map.<String, Object>of("code", f.code(), "kind", f.kind(), "personCategory", f.personCategory(),
					"setting", f.setting(), "bassin", f.bassin(), "status", f.status(), "referredOn",
					f.referredOn().toString()))
			.toList();
	}

}
