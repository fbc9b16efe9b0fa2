package brussels.maillage.care.figures;

import java.util.LinkedHashMap;
import java.util.Map;

import brussels.maillage.care.figures.CareFigures;
import brussels.maillage.care.CareTeam;
import brussels.maillage.identity.CurrentUser;
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
 * The year's figures of case management by bassin (token): exact for members of the
 * care-coordination team, through the disclosure control for anyone else.
 */
@RestController
@Tag(name = "Care", description = "Figures of case management (Protocole 3)")
class CareFiguresApiController {

	private final CareFigures figures;

	CareFiguresApiController(CareFigures figures) {
		this.figures = figures;
	}

	@GetMapping("/api/care/figures")
	@Operation(summary = "The year's case-management figures by bassin",
			description = "Beneficiaries (cases active for at least a day of the year: STARTED in the year, "
					+ "CONTINUING from before) and services of the year by type (not cancelled or rejected), by "
					+ "bassin. Exact for members of the care-coordination team (\"exact\": true); for anyone else "
					+ "counts from 1 to threshold-1 are the string \"<5\" and counts hidden so that none can be "
					+ "recomputed from the totals are \"x\"; 0 stays 0. Amounts paid to field providers in the year "
					+ "by type (prestation types, community-of-practice and concertation-organiser fees), in euros, "
					+ "exact for everyone.")
	Map<String, Object> figures(@Parameter(description = "calendar year, 2000 to 2100") @RequestParam String year,
			@AuthenticationPrincipal CurrentUser user) {
		if (year == null || !year.matches("\\d{4}") || Integer.parseInt(year) < 2000 || Integer.parseInt(year) > 2100) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year is a calendar year from 2000 to 2100");
		}
		CareFigures.Figures found = this.figures.of(Integer.parseInt(year), CareTeam.reader(user));
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("year", found.year());
		body.put("exact", found.exact());
		body.put("threshold", found.threshold());
		body.put("beneficiaries", found.beneficiaries().asJson("byBassin"));
		body.put("services", found.services().asJson("byBassin"));
		Map<String, Object> paid = new LinkedHashMap<>(found.paidByType());
		paid.put("total", found.paidTotal());
		body.put("paidToProviders", paid);
		return body;
	}

}
