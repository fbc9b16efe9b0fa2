package brussels.maillage.indicators.metrics;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import brussels.maillage.identity.CurrentUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The catalogue of metrics with their definitions and a year's values per territory. */
@Controller
class CatalogueController {

	private final CatalogueTable table;

	private final Clock clock;

	CatalogueController(CatalogueTable table, Clock clock) {
		this.table = table;
		this.clock = clock;
	}

	@GetMapping("/staff/indicators/metrics")
	String catalogue(@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user,
			Locale locale, Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		int shown = thisYear;
		if (year != null && !year.isBlank()) {
			if (year.strip().matches("\\d{4}") && Integer.parseInt(year.strip()) >= 2000
					&& Integer.parseInt(year.strip()) <= 2100) {
				shown = Integer.parseInt(year.strip());
			}
			else {
				model.addAttribute("yearError", true);
			}
		}
		model.addAttribute("year", shown);
		model.addAttribute("typedYear", (year != null) ? year : String.valueOf(shown));
		model.addAttribute("columns", CatalogueTable.COLUMNS);
		model.addAttribute("lines", this.table.year(shown, CatalogueTable.readers(user), locale));
		return "indicators/metrics";
	}

}
