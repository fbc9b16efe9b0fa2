package brussels.maillage.plans.dashboards;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;
import brussels.maillage.identity.TerritoryScope;
import brussels.maillage.system.Problems;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff pages of the dashboards: the list a reader may open, a council's or the
 * palliative platform's dashboard for a year, and the colour legend's thresholds
 * (coordinators).
 */
@Controller
class DashboardsController {

	private final Dashboards dashboards;

	private final DashboardThresholds thresholds;

	private final Clock clock;

	DashboardsController(Dashboards dashboards, DashboardThresholds thresholds, Clock clock) {
		this.dashboards = dashboards;
		this.thresholds = thresholds;
		this.clock = clock;
	}

	@GetMapping("/staff/plans/dashboards")
	String list(@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user, Model model) {
		int shown = year(year, model);
		model.addAttribute("year", shown);
		model.addAttribute("territories", Dashboards.visibleTo(user));
		model.addAttribute("canEditThresholds", editor(user));
		return "plans/dashboards/list";
	}

	@GetMapping("/staff/plans/dashboards/{territory}")
	String dashboard(@PathVariable String territory, @RequestParam(required = false) String year,
			@AuthenticationPrincipal CurrentUser user, Locale locale, Model model) {
		TerritoryScope scope = Dashboard.TERRITORIES.stream()
			.filter((t) -> t.name().equalsIgnoreCase(territory))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!Dashboards.canSee(user, scope)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		int shown = year(year, model);
		model.addAttribute("year", shown);
		model.addAttribute("dashboard",
				this.dashboards.dashboard(scope, shown, PalliativeDisclosure.reader(user), locale));
		return "plans/dashboards/dashboard";
	}

	@GetMapping("/staff/plans/dashboards/thresholds")
	String thresholds(@RequestParam(required = false) String year, @AuthenticationPrincipal CurrentUser user,
			Model model) {
		requireEditor(user);
		int shown = year(year, model);
		return thresholdsPage(shown, ThresholdsForm.of(this.thresholds.of(shown)), model);
	}

	@PostMapping("/staff/plans/dashboards/thresholds")
	String saveThresholds(@RequestParam(required = false) String year,
			@Validated @ModelAttribute("thresholdsForm") ThresholdsForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		requireEditor(user);
		int shown = year(year, model);
		ThresholdsChecks.Checked checked = ThresholdsChecks.checked(form, errors);
		if (checked == null) {
			return thresholdsPage(shown, form, model);
		}
		this.thresholds.set(shown, checked.reached(), checked.close(), user.getUsername());
		redirect.addFlashAttribute("notice", "plans.dashboard.thresholds.saved");
		return "redirect:/staff/plans/dashboards/thresholds?year=" + shown;
	}

	private String thresholdsPage(int year, ThresholdsForm form, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("thresholdsForm", form);
		model.addAttribute("fields", ThresholdsForm.FIELDS);
		model.addAttribute("current", this.thresholds.of(year));
		return "plans/dashboards/thresholds";
	}

	private int year(String typed, Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		Integer year = Problems.yearParameter(typed, thisYear);
		if (year == null) {
			model.addAttribute("yearError", true);
			return thisYear;
		}
		return year;
	}

	private static boolean editor(CurrentUser user) {
		return user != null && user.has(Role.COORDINATOR);
	}

	private static void requireEditor(CurrentUser user) {
		if (!editor(user)) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
	}

}
