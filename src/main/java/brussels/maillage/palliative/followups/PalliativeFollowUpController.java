package brussels.maillage.palliative.followups;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

import brussels.maillage.identity.CurrentUser;
import brussels.maillage.system.forms.Refused;

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
 * The palliative team's pages of psychological follow-ups: the list of codes, a new
 * follow-up, one follow-up with its status history and visits. Addresses carry the
 * internal id, never the code. The {@code PalliativeAccess} gate has already turned away
 * anyone outside the team.
 */
@Controller
class PalliativeFollowUpController {

	private final PalliativeFollowUpService followUps;

	private final FollowUpChecks checks;

	PalliativeFollowUpController(PalliativeFollowUpService followUps, FollowUpChecks checks) {
		this.followUps = followUps;
		this.checks = checks;
	}

	@GetMapping("/staff/palliative")
	String home() {
		return "redirect:/staff/palliative/follow-ups";
	}

	@GetMapping("/staff/palliative/follow-ups")
	String list(@RequestParam(required = false) String status, @RequestParam(required = false) String bassin,
			Model model) {
		FollowUpStatus chosen = Arrays.stream(FollowUpStatus.values())
			.filter((value) -> value.name().equals(status))
			.findFirst()
			.orElse(null);
		String chosenBassin = (bassin != null && FollowUpChecks.BASSINS.contains(bassin)) ? bassin : null;
		model.addAttribute("followUps", this.followUps.list(chosen, chosenBassin));
		model.addAttribute("statuses", FollowUpStatus.values());
		model.addAttribute("bassins", FollowUpChecks.BASSINS);
		model.addAttribute("chosenStatus", chosen);
		model.addAttribute("chosenBassin", chosenBassin);
		return "palliative/follow-ups";
	}

	@GetMapping("/staff/palliative/follow-ups/new")
	String newFollowUp(Model model, Locale locale) {
		model.addAttribute("form", FollowUpForm.empty(this.followUps.today()));
		return form(model, locale);
	}

	@PostMapping("/staff/palliative/follow-ups")
	String open(@Validated @ModelAttribute("form") FollowUpForm form, BindingResult errors, Model model, Locale locale,
			@AuthenticationPrincipal CurrentUser user, RedirectAttributes redirect) {
		NewFollowUp followUp = this.checks.followUp(form, errors, this.followUps.today());
		if (followUp == null) {
			return form(model, locale);
		}
		long id = this.followUps.open(followUp, user);
		redirect.addFlashAttribute("notice", "palliative.followUp.opened");
		return "redirect:/staff/palliative/follow-ups/" + id;
	}

	@GetMapping("/staff/palliative/follow-ups/{id}")
	String show(@PathVariable long id, Model model, Locale locale) {
		if (!model.containsAttribute("visitForm")) {
			model.addAttribute("visitForm", VisitForm.empty(this.followUps.today()));
		}
		if (!model.containsAttribute("statusForm")) {
			model.addAttribute("statusForm", StatusForm.empty(this.followUps.today()));
		}
		return page(id, model, locale);
	}

	@PostMapping("/staff/palliative/follow-ups/{id}/visits")
	String addVisit(@PathVariable long id, @Validated @ModelAttribute("visitForm") VisitForm form, BindingResult errors,
			Model model, Locale locale, RedirectAttributes redirect) {
		known(id);
		LocalDate on = FollowUpChecks.visit(form, errors);
		if (on != null) {
			try {
				this.followUps.addVisit(id, on, form.chosenMode(), form.chosenStatus());
				redirect.addFlashAttribute("notice", "palliative.visit.added");
				return "redirect:/staff/palliative/follow-ups/" + id + "#visits";
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		model.addAttribute("statusForm", StatusForm.empty(this.followUps.today()));
		return page(id, model, locale);
	}

	@PostMapping("/staff/palliative/follow-ups/{id}/status")
	String changeStatus(@PathVariable long id, @Validated @ModelAttribute("statusForm") StatusForm form,
			BindingResult errors, Model model, Locale locale, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		known(id);
		LocalDate on = FollowUpChecks.statusChange(form, errors, this.followUps.today());
		if (on != null) {
			try {
				this.followUps.changeStatus(id, form.chosenStatus(), on, user);
				redirect.addFlashAttribute("notice", "palliative.followUp.statusChanged");
				return "redirect:/staff/palliative/follow-ups/" + id;
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		model.addAttribute("visitForm", VisitForm.empty(this.followUps.today()));
		return page(id, model, locale);
	}

	@PostMapping("/staff/palliative/visits/{visitId}")
	String changeVisit(@PathVariable long visitId, @RequestParam(required = false) String status,
			RedirectAttributes redirect) {
		long followUp = this.followUps.followUpOfVisit(visitId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		VisitStatus chosen = Arrays.stream(VisitStatus.values())
			.filter((value) -> value.name().equals(status))
			.findFirst()
			.orElse(null);
		if (chosen == null) {
			redirect.addFlashAttribute("visitError", "palliative.form.choice");
		}
		else {
			try {
				this.followUps.changeVisit(visitId, chosen);
				redirect.addFlashAttribute("notice", "palliative.visit.changed");
			}
			catch (Refused refused) {
				redirect.addFlashAttribute("visitError", refused.messageKey());
			}
		}
		return "redirect:/staff/palliative/follow-ups/" + followUp + "#visits";
	}

	/**
	 * A visit or a status sent for a follow-up that does not exist (an address typed or
	 * kept from before) is a page not found, as the follow-up's page is.
	 */
	private void known(long id) {
		if (this.followUps.details(id).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

	private String page(long id, Model model, Locale locale) {
		PalliativeFollowUpService.FollowUpDetails details = this.followUps.details(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("details", details);
		model.addAttribute("followUp", details.followUp());
		model.addAttribute("nextStatuses", details.followUp().status().next());
		model.addAttribute("modes", VisitMode.values());
		model.addAttribute("visitStatuses", VisitStatus.values());
		FollowUp followUp = details.followUp();
		model.addAttribute("referringTeamLabel",
				this.followUps.referringTeams(locale)
					.stream()
					.filter((team) -> team.code().equals(followUp.referringTeam()))
					.map(Choice::label)
					.findFirst()
					.orElse(followUp.referringTeam()));
		model.addAttribute("psychologistName",
				this.followUps.psychologists()
					.stream()
					.filter((person) -> person.code().equals(String.valueOf(followUp.psychologistId())))
					.map(Choice::label)
					.findFirst()
					.orElse(null));
		return "palliative/follow-up";
	}

	private String form(Model model, Locale locale) {
		model.addAttribute("kinds", FollowUpKind.values());
		model.addAttribute("categories", PersonCategory.values());
		model.addAttribute("settings", CareSetting.values());
		model.addAttribute("reasons", ReasonCategory.values());
		model.addAttribute("bassins", FollowUpChecks.BASSINS);
		model.addAttribute("referringTeams", this.followUps.referringTeams(locale));
		model.addAttribute("psychologists", this.followUps.psychologists());
		return "palliative/follow-up-form";
	}

}
