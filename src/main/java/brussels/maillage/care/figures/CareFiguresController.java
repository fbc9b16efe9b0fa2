package brussels.maillage.care.figures;

import java.time.Clock;
import java.time.LocalDate;

import brussels.maillage.care.figures.CareFigures;
import brussels.maillage.care.CareTeam;
import brussels.maillage.identity.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The care-coordination dashboard: the year's figures, exact for the team, through the
 * disclosure control for other staff; links to the records for the team.
 */
@Controller
class CareFiguresController {

	private final CareFigures figures;

	private final Clock clock;

	CareFiguresController(CareFigures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	@GetMapping("/staff/care/figures")
	String figures(@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		int chosen = (year != null && year.matches("\\d{4}") && Integer.parseInt(year) >= 2000
				&& Integer.parseInt(year) <= thisYear) ? Integer.parseInt(year) : thisYear;
		model.addAttribute("figures", this.figures.of(chosen, CareTeam.reader(user)));
		model.addAttribute("member", CareTeam.isMember(user));
		model.addAttribute("year", chosen);
		model.addAttribute("thisYear", thisYear);
		return "care/figures";
	}

}
