package brussels.maillage.indicators.manual;

import java.time.Clock;
import java.time.LocalDate;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.indicators.Exactness;
import brussels.maillage.indicators.metrics.MetricRegistry;
import brussels.maillage.indicators.metrics.Territories;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The year's manual values and printed forms, the form to add one, and removal. */
@Controller
class ManualValueController {

	private static final String BASE = "/staff/indicators/manual";

	private final ManualValues values;

	private final ManualValueChecks checks;

	private final MetricRegistry registry;

	private final Clock clock;

	ManualValueController(ManualValues values, ManualValueChecks checks, MetricRegistry registry, Clock clock) {
		this.values = values;
		this.checks = checks;
		this.registry = registry;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String list(@RequestParam(required = false) String year, Model model) {
		int shown = LocalDate.now(this.clock).getYear();
		if (year != null && year.strip().matches("20\\d\\d|2100")) {
			shown = Integer.parseInt(year.strip());
		}
		model.addAttribute("manualForm", ManualValueForm.empty(shown));
		return page(shown, model);
	}

	@PostMapping(BASE)
	String save(@Validated @ModelAttribute("manualForm") ManualValueForm form, BindingResult errors,
			@AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		ManualValueChecks.Checked checked = this.checks.check(form, errors);
		if (errors.hasErrors()) {
			return page((checked != null) ? checked.year() : LocalDate.now(this.clock).getYear(), model);
		}
		this.values.save(checked.metric(), checked.year(), checked.territory(), checked.value(), checked.exactness(),
				form.printed(), form.reason(), user.email());
		redirect.addFlashAttribute("notice", "indicators.manual.saved");
		return "redirect:" + BASE + "?year=" + checked.year();
	}

	@PostMapping(BASE + "/{id}/remove")
	String remove(@PathVariable long id, @RequestParam(required = false) String year, RedirectAttributes redirect) {
		this.values.remove(id);
		redirect.addFlashAttribute("notice", "indicators.manual.removed");
		return "redirect:" + BASE + ((year != null && year.matches("\\d{4}")) ? "?year=" + year : "");
	}

	private String page(int year, Model model) {
		model.addAttribute("year", year);
		model.addAttribute("values", this.values.ofYear(year));
		model.addAttribute("metrics", this.registry.definitions());
		model.addAttribute("metricsByCode",
				this.registry.definitions()
					.stream()
					.collect(java.util.stream.Collectors.toMap((metric) -> metric.code(), (metric) -> metric)));
		model.addAttribute("territories",
				java.util.stream.Stream.concat(java.util.stream.Stream.of("ALL"), Territories.ALL.stream()).toList());
		model.addAttribute("exactnesses", Exactness.values());
		return "indicators/manual";
	}

}
