package brussels.maillage.care.tariffs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import brussels.maillage.care.forms.CareInput;
import brussels.maillage.care.prestations.ServiceType;
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

	private final Formats formats;

	private final Clock clock;

	TariffController(TariffService tariffs, Formats formats, Clock clock) {
		this.tariffs = tariffs;
		this.formats = formats;
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
		ServiceType type = CareInput.choice(ServiceType.class, form.serviceType(), "serviceType", errors);
		Period period = period(form, errors);
		BigDecimal amount = amount(form.amount(), errors);
		if (!errors.hasErrors()) {
			try {
				this.tariffs.add(type, period.from(), period.to(), amount);
				redirect.addFlashAttribute("notice", "care.tariff.saved");
				return "redirect:" + BASE;
			}
			catch (TariffOverlaps overlaps) {
				overlap(overlaps, errors);
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
		Period period = period(form, errors);
		BigDecimal amount = amount(form.amount(), errors);
		if (!errors.hasErrors()) {
			try {
				this.tariffs.change(id, period.from(), period.to(), amount);
				redirect.addFlashAttribute("notice", "care.tariff.saved");
				return "redirect:" + BASE;
			}
			catch (TariffOverlaps overlaps) {
				overlap(overlaps, errors);
			}
		}
		return edit(id, model);
	}

	private Period period(TariffForm form, Errors errors) {
		LocalDate from = CareInput.date(form.validFrom(), "validFrom", errors, null);
		LocalDate to = CareInput.optionalDate(form.validTo(), "validTo", errors, null);
		if (from != null && to != null && to.isBefore(from)) {
			errors.rejectValue("validTo", "care.tariff.validTo.beforeFrom");
		}
		return new Period(from, to);
	}

	private void overlap(TariffOverlaps overlaps, Errors errors) {
		Tariff other = overlaps.other();
		if (other == null) {
			errors.rejectValue("validFrom", "care.tariff.overlap.unknown");
		}
		else if (other.validTo() == null) {
			errors.rejectValue("validFrom", "care.tariff.overlap.open",
					new Object[] { this.formats.date(other.validFrom()) }, null);
		}
		else {
			errors.rejectValue("validFrom", "care.tariff.overlap",
					new Object[] { this.formats.date(other.validFrom()), this.formats.date(other.validTo()) }, null);
		}
	}

	/** The amount typed, in euros with at most two decimals, else a message. */
	static BigDecimal amount(String typed, Errors errors) {
		if (errors.hasFieldErrors("amount")) {
			return null;
		}
		String value = typed.strip().replace(" ", "").replace("\u00a0", "").replace("€", "").replace(',', '.');
		if (!value.matches("-?\\d{1,8}(\\.\\d{1,})?")) {
			errors.rejectValue("amount", "care.tariff.amount.invalid");
			return null;
		}
		BigDecimal amount = new BigDecimal(value);
		if (amount.signum() <= 0) {
			errors.rejectValue("amount", "care.tariff.amount.positive");
			return null;
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			errors.rejectValue("amount", "care.tariff.amount.cents");
			return null;
		}
		return amount.setScale(2);
	}

	private record Period(LocalDate from, LocalDate to) {
	}

}
