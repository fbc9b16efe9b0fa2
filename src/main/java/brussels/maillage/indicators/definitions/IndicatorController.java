package brussels.maillage.indicators.definitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.indicators.Aggregation;
import brussels.maillage.indicators.Metrics;

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
 * The indicators: their list with this year's values (numerator and denominator beside
 * each), a new one, and changing one.
 */
@Controller
class IndicatorController {

	private static final String BASE = "/staff/indicators";

	private final Indicators indicators;

	private final IndicatorEditing editing;

	private final IndicatorChecks checks;

	private final Metrics metrics;

	private final Clock clock;

	IndicatorController(Indicators indicators, IndicatorEditing editing, IndicatorChecks checks, Metrics metrics,
			Clock clock) {
		this.indicators = indicators;
		this.editing = editing;
		this.checks = checks;
		this.metrics = metrics;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String list(@RequestParam(required = false) String year, Model model) {
		int shown = LocalDate.now(this.clock).getYear();
		if (year != null && year.strip().matches("20\\d\\d|2100")) {
			shown = Integer.parseInt(year.strip());
		}
		List<IndicatorValue> values = new ArrayList<>();
		for (Indicator indicator : this.indicators.all()) {
			values.addAll(this.indicators.values(indicator, shown).values());
		}
		model.addAttribute("year", shown);
		model.addAttribute("values", values);
		return "indicators/list";
	}

	@GetMapping(BASE + "/new")
	String create(Model model) {
		model.addAttribute("indicatorForm", IndicatorForm.empty());
		model.addAttribute("creating", true);
		return form(model);
	}

	@GetMapping(BASE + "/{code}/edit")
	String edit(@PathVariable String code, Model model) {
		Indicator indicator = this.editing.find(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("indicatorForm", IndicatorForm.of(indicator));
		model.addAttribute("creating", false);
		return form(model);
	}

	@PostMapping(BASE)
	String save(@Validated @ModelAttribute("indicatorForm") IndicatorForm form, BindingResult errors,
			@RequestParam(defaultValue = "false") boolean creating, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		Indicator indicator = this.checks.check(form, creating, errors);
		if (indicator == null) {
			model.addAttribute("creating", creating);
			return form(model);
		}
		this.editing.save(indicator, user.email());
		redirect.addFlashAttribute("notice", "indicators.saved");
		return "redirect:" + BASE;
	}

	private String form(Model model) {
		model.addAttribute("metrics", this.metrics.all());
		model.addAttribute("units", Indicator.Unit.ALL);
		model.addAttribute("aggregations", Aggregation.values());
		model.addAttribute("disaggregations", Indicator.Disaggregation.values());
		return "indicators/form";
	}

}
