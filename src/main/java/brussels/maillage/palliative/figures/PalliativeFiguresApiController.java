package brussels.maillage.palliative.figures;

import java.util.LinkedHashMap;
import java.util.Map;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.palliative.figures.PalliativeFigures;
import brussels.maillage.palliative.PalliativeTeam;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The year's figures of the palliative platform by bassin (token): exact for members of
 * the palliative team, through the disclosure control for anyone else.
 */
@RestController
@Tag(name = "Palliative", description = "Figures of the Brussels palliative-care platform")
class PalliativeFiguresApiController {

	private final PalliativeFigures figures;

	PalliativeFiguresApiController(PalliativeFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/palliative/figures")
	@Operation(summary = "The year's figures by bassin",
			description = "Psychological follow-ups started and active in the year by bassin and kind (the team "
					+ "follow-ups are the TEAM column), visits held and cancelled by the person. Exact for members of "
					+ "the palliative team (\"exact\": true); for anyone else counts from 1 to threshold-1 are the "
					+ "string \"<5\" and counts hidden so that none can be recomputed from the totals are \"x\"; "
					+ "0 stays 0. Conventions with nursing homes by bassin (institutions, exact for everyone): signed "
					+ "in the year, in force on 31 December, nursing homes of the directory, coverage. Volunteers (region): "
					+ "interviews, admitted, trained and working-group participants (people, through the disclosure "
					+ "control), cycles held and working-group meetings.")
	Map<String, Object> figures(@Parameter(description = "calendar year, 2000 to 2100") @RequestParam String year,
			@AuthenticationPrincipal CurrentUser user) {
		if (year == null || !year.matches("\\d{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year is a calendar year from 2000 to 2100");
		}
		PalliativeFigures.Figures found = this.figures.of(Integer.parseInt(year), PalliativeTeam.reader(user));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", found.year());
		body.put("exact", found.exact());
		body.put("threshold", found.threshold());
		body.put("followUpsStarted", found.started().asJson("byBassin"));
		body.put("followUpsActive", found.active().asJson("byBassin"));
		body.put("visits", found.visits().asJson("byBassin"));
		Map<String, Object> conventions = new LinkedHashMap<>();
		found.conventions()
			.forEach((bassin, figures) -> conventions.put(bassin,
					Map.of("signedInYear", figures.signedInYear(), "activeOn31December", figures.activeAtEnd(),
							"nursingHomes", figures.nursingHomes(), "conventionedHomes", figures.conventionedHomes(),
							"coverage", (figures.coverage() != null) ? figures.coverage() : "n/a")));
		body.put("conventions", conventions);
		body.put("volunteers", this.figures.volunteers(found.year(), PalliativeTeam.reader(user)));
		return body;
	}

}
