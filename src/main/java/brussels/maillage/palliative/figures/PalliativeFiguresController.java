package brussels.maillage.palliative.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.palliative.figures.PalliativeFigures;
import brussels.maillage.palliative.PalliativeTeam;
import brussels.maillage.palliative.conventions.ConventionService;
import brussels.maillage.system.Formats;
import brussels.maillage.system.Problems;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The year's figures for staff: exact for the palliative team, through the disclosure
 * control for everyone else.
 */
@Controller
class PalliativeFiguresController {

	private final PalliativeFigures figures;

	private final ConventionService conventions;

	/** The volunteers' figures on the dashboard, in this order. */
	private static final List<String> VOLUNTEER_MEASURES = List.of("interviews", "admitted", "trained", "cyclesHeld");

	private final Clock clock;

	private final Formats formats;

	PalliativeFiguresController(PalliativeFigures figures, ConventionService conventions, Clock clock,
			Formats formats) {
		this.figures = figures;
		this.conventions = conventions;
		this.clock = clock;
		this.formats = formats;
	}

	@GetMapping("/staff/palliative/figures")
	String figures(@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		Integer read = Problems.yearParameter(year, thisYear);
		// A year that cannot be read is said next to the field, which keeps what was
		// typed, as on the referents' and volunteers' pages.
		model.addAttribute("yearError", read == null);
		model.addAttribute("typedYear", (year != null && !year.isBlank()) ? year : String.valueOf(thisYear));
		int chosen = (read != null) ? read : thisYear;
		model.addAttribute("figures", this.figures.of(chosen, PalliativeTeam.reader(user)));
		Map<String, Object> volunteers = this.figures.volunteers(chosen, PalliativeTeam.reader(user));
		model.addAttribute("volunteers",
				VOLUNTEER_MEASURES.stream()
					.map((measure) -> (volunteers.get(measure) instanceof Number count)
							? new Shown(measure, this.formats.number(count.longValue()), false)
							: new Shown(measure, String.valueOf(volunteers.get(measure)), true))
					.toList());
		model.addAttribute("member", PalliativeTeam.isMember(user));
		// the team's dashboard: conventions to renew (institutions, shown to the team
		// only)
		model.addAttribute("due", PalliativeTeam.isMember(user) ? this.conventions.dueForRenewal() : List.of());
		model.addAttribute("year", chosen);
		return "palliative/figures";
	}

	/**
	 * A figure as the reader sees it.
	 *
	 * @param measure its code
	 * @param text the count in the page's language, or "<5"
	 * @param hidden whether the disclosure control hid it
	 */
	record Shown(String measure, String text, boolean hidden) {
	}

}
