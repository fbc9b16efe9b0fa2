package brussels.maillage.events.opendoors.staff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import brussels.maillage.events.opendoors.HostOfferService;
import brussels.maillage.events.opendoors.OpenDoorsRefused;
import brussels.maillage.events.opendoors.OpenDoorsWeek;
import brussels.maillage.events.opendoors.OpenDoorsWeekService;
import brussels.maillage.directory.DirectoryService;
import brussels.maillage.events.EventsService;
import brussels.maillage.system.forms.FormProblems;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.TerritoryService;
import jakarta.validation.Validator;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Staff pages of the open-doors weeks: creating a week, recording a host's offer for an
 * organisation of the directory during the call for hosts, validating offers and
 * publishing the programme.
 */
@Controller
class OpenDoorsStaffController {

	private final OpenDoorsWeekService weeks;

	private final HostOfferService offers;

	private final DirectoryService directory;

	private final TerritoryService territory;

	private final StaffOfferChecks checks;

	private final Clock clock;

	private final Validator validator;

	OpenDoorsStaffController(OpenDoorsWeekService weeks, HostOfferService offers, DirectoryService directory,
			TerritoryService territory, StaffOfferChecks checks, Clock clock, Validator validator) {
		this.validator = validator;
		this.checks = checks;
		this.clock = clock;
		this.weeks = weeks;
		this.offers = offers;
		this.directory = directory;
		this.territory = territory;
	}

	@GetMapping("/staff/portes-ouvertes")
	String weeks(Model model) {
		model.addAttribute("weekForm", new WeekForm(null, null, null, null, null));
		return weeksPage(model);
	}

	@PostMapping("/staff/portes-ouvertes")
	String createWeek(@ModelAttribute("weekForm") WeekForm form, Model model,
			jakarta.servlet.http.HttpServletResponse response) {
		Map<String, String> problems = FormProblems.of(this.validator, form);
		if (problems.isEmpty()) {
			try {
				WeekForm.NewWeek week = form.week();
				UUID id = this.weeks.createWeek(week.name(), week.bassin(), week.startsOn(), week.endsOn(),
						week.hostsCloseOn());
				return "redirect:/staff/portes-ouvertes/" + id;
			}
			catch (OpenDoorsRefused refused) {
				problems.put(refused.field(), "events.opendoors.refused." + refused.reason());
			}
		}
		response.setStatus(422);
		FormProblems.show(model, "weekForm", form, problems);
		return weeksPage(model);
	}

	private String weeksPage(Model model) {
		model.addAttribute("weeks", this.weeks.weeks());
		model.addAttribute("bassins", this.weeks.bassins());
		return "events/opendoors-staff-weeks";
	}

	@GetMapping("/staff/portes-ouvertes/{id}")
	String week(@PathVariable UUID id, Model model, Locale locale) {
		show(id, StaffOfferForm.empty(), Map.of(), model, locale);
		return "events/opendoors-staff-week";
	}

	@PostMapping("/staff/portes-ouvertes/{id}/offres")
	String offer(@PathVariable UUID id, StaffOfferForm form, @AuthenticationPrincipal CurrentUser user, Model model,
			Locale locale, jakarta.servlet.http.HttpServletResponse response) {
		Map<String, String> errors = this.checks.problems(form);
		if (errors.isEmpty()) {
			try {
				this.offers.offer(id, this.checks.offer(form), user.email());
				return "redirect:/staff/portes-ouvertes/" + id;
			}
			catch (OpenDoorsRefused refused) {
				String field = refused.field().startsWith("slot-") ? "slots" : refused.field();
				errors = Map.of(field.equals("hostName") ? "organization" : field,
						"events.opendoors.refused." + refused.reason());
			}
		}
		response.setStatus(422);
		show(id, form, errors, model, locale);
		return "events/opendoors-staff-week";
	}

	@PostMapping("/staff/portes-ouvertes/offres/{offer}")
	String decide(@PathVariable UUID offer, @RequestParam UUID week, @RequestParam boolean validated) {
		this.offers.decide(offer, validated);
		return "redirect:/staff/portes-ouvertes/" + week;
	}

	@PostMapping("/staff/portes-ouvertes/{id}/publier")
	String publish(@PathVariable UUID id) {
		this.weeks.publish(id);
		return "redirect:/staff/portes-ouvertes/" + id;
	}

	private void show(UUID id, StaffOfferForm form, Map<String, String> errors, Model model, Locale locale) {
		OpenDoorsWeek week = this.weeks.week(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		Map<String, String> communes = new LinkedHashMap<>();
		for (Commune commune : this.territory.communes()) {
			communes.put(commune.nis(), commune.name().in(locale).text());
		}
		model.addAttribute("week", week);
		model.addAttribute("offers", this.offers.offers(id));
		model.addAttribute("open",
				week.openToHosts(LocalDate.ofInstant(this.clock.instant(), EventsService.TIME_ZONE)));
		model.addAttribute("organizations", this.directory.organizations(0, 500));
		model.addAttribute("communes", communes);
		model.addAttribute("themes", this.directory.themes().stream().filter((t) -> t.parentId() == null).toList());
		FormProblems.show(model, "form", form, errors);
	}

}
