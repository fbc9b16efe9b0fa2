package brussels.maillage.care.tariffs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.system.Formats;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.Errors;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tariffs page of the care-coordination and finance teams: the tariffs of each
 * service type with their periods, a new tariff, changing one. Behind the
 * {@code CareAccess} gate.
 */
@Controller
class TariffController {

	private static final String BASE = "/staff/care/tariffs";

	private final TariffService tariffs;

	private final TariffChecks checks;

	private final Clock clock;

	TariffController(TariffService tariffs, TariffChecks checks, Clock clock) {
		this.tariffs = tariffs;
		this.checks = checks;
		this.clock = clock;
	}

	@GetMapping(BASE)
	String list(Model model) {
		if (!model.containsAttribute("tariffForm")) {
			model.addAttribute("tariffForm", TariffForm.empty(LocalDate.now(this.clock)));
		}
		model.addAttribute("tariffs", this.tariffs.all());
		model.addAttribute("types", List.of(ServiceType.values()));
		return "care/tariffs";
	}

	@PostMapping(BASE)
	String add(@Validated @ModelAttribute("tariffForm") TariffForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		TariffChecks.Checked tariff = this.checks.added(form, errors);
		if (tariff != null) {
			try {
				this.tariffs.add(form.chosenType(), tariff.from(), tariff.to(), tariff.amount());
				redirect.addFlashAttribute("notice", "care.tariff.saved");
				return "redirect:" + BASE;
			}
			catch (TariffOverlaps overlaps) {
				this.checks.overlap(overlaps, errors);
			}
		}
		return list(model);
	}

	@GetMapping(BASE + "/{id}")
	String edit(@PathVariable long id, Model model) {
		Tariff tariff = this.tariffs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!model.containsAttribute("tariffForm")) {
			model.addAttribute("tariffForm", TariffForm.of(tariff));
		}
		model.addAttribute("tariff", tariff);
		return "care/tariff";
	}

	@PostMapping(BASE + "/{id}")
	String change(@PathVariable long id, @Validated @ModelAttribute("tariffForm") TariffForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		this.tariffs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		TariffChecks.Checked tariff = this.checks.changed(form, errors);
		if (tariff != null) {
			try {
				this.tariffs.change(id, tariff.from(), tariff.to(), tariff.amount());
				redirect.addFlashAttribute("notice", "care.tariff.saved");
				return "redirect:" + BASE;
			}
			catch (TariffOverlaps overlaps) {
				this.checks.overlap(overlaps, errors);
			}
		}
		return edit(id, model);
	}

}
