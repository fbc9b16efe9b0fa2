package brussels.maillage.helpdesk.requests;

import java.util.List;
import java.util.Locale;

import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.CurrentUser;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The respondents' pages: the request form (fast, keyboard only, with the guide beside
 * it) and one request with its transfers and replies.
 */
@Controller
class RequestController {

	private final RequestService requests;

	private final RequestPages pages;

	RequestController(RequestService requests, RequestPages pages) {
		this.requests = requests;
		this.pages = pages;
	}

	@GetMapping("/staff/helpdesk/requests/new")
	String newRequest(@AuthenticationPrincipal CurrentUser user, Model model, Locale locale) {
		RequestForm form = this.requests.blankForm(user);
		model.addAttribute("form", form);
		return this.pages.form(model, form, null, null, locale);
	}

	@PostMapping("/staff/helpdesk/requests")
	String create(@AuthenticationPrincipal CurrentUser user, @Validated @ModelAttribute("form") RequestForm form,
			BindingResult errors, @RequestParam(defaultValue = "save") String action,
			@RequestParam(required = false) String q, Model model, Locale locale, RedirectAttributes redirect) {
		if ("search".equals(action)) {
			return this.pages.form(model, form, null, q, locale);
		}
		Long id = this.requests.create(user, form, errors, locale);
		if (id == null) {
			model.addAttribute("identifying", RequestChecks.foundIdentifying(errors));
			return this.pages.form(model, form, null, q, locale);
		}
		redirect.addFlashAttribute("notice", "helpdesk.request.saved");
		return "redirect:/staff/helpdesk/requests/" + id;
	}

	@GetMapping("/staff/helpdesk/requests/{id}")
	String show(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		return this.pages.request(model, this.requests.opened(id, user), locale);
	}

	@GetMapping("/staff/helpdesk/requests/{id}/edit")
	String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model, Locale locale) {
		RequestForm form = RequestForm.of(this.requests.opened(id, user));
		model.addAttribute("form", form);
		return this.pages.form(model, form, id, null, locale);
	}

	@PostMapping("/staff/helpdesk/requests/{id}")
	String update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Validated @ModelAttribute("form") RequestForm form, BindingResult errors,
			@RequestParam(defaultValue = "save") String action, @RequestParam(required = false) String q, Model model,
			Locale locale, RedirectAttributes redirect) {
		if ("search".equals(action)) {
			this.requests.opened(id, user);
			return this.pages.form(model, form, id, q, locale);
		}
		if (!this.requests.update(user, id, form, errors, locale)) {
			model.addAttribute("identifying", RequestChecks.foundIdentifying(errors));
			return this.pages.form(model, form, id, q, locale);
		}
		redirect.addFlashAttribute("notice", "helpdesk.request.saved");
		return "redirect:/staff/helpdesk/requests/" + id;
	}

	@PostMapping("/staff/helpdesk/requests/{id}/transfer")
	String transfer(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String toLine,
			@RequestParam(required = false) String reason,
			@RequestParam(defaultValue = "false") boolean confirmIdentifying, Locale locale,
			RedirectAttributes redirect) {
		switch (this.requests.transfer(user, id, toLine, reason, confirmIdentifying, locale)) {
			case RequestService.Transfer.UnknownLine unknown -> {
				redirect.addFlashAttribute("transferError", "helpdesk.error.line.unknown");
				return "redirect:/staff/helpdesk/requests/" + id + "#transfer";
			}
			case RequestService.Transfer.Identifying identifying -> {
				redirect.addFlashAttribute("reasonError", identifying.message());
				redirect.addFlashAttribute("reasonText", identifying.reason());
				redirect.addFlashAttribute("reasonLine", toLine);
				return "redirect:/staff/helpdesk/requests/" + id + "#transfer";
			}
			case RequestService.Transfer.Done done -> {
				redirect.addFlashAttribute("notice", "helpdesk.request.transferred");
				return "redirect:/staff/helpdesk/requests/" + id;
			}
		}
	}

	@PostMapping("/staff/helpdesk/requests/{id}/reply")
	String reply(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, @RequestParam String text,
			@RequestParam(defaultValue = "fr") String language, RedirectAttributes redirect) {
		if (!this.requests.reply(user, id, text, language)) {
			redirect.addFlashAttribute("replyError", "helpdesk.error.reply");
			redirect.addFlashAttribute("replyText", text);
			return "redirect:/staff/helpdesk/requests/" + id + "#reply";
		}
		redirect.addFlashAttribute("notice", "helpdesk.request.replied");
		return "redirect:/staff/helpdesk/requests/" + id;
	}

	@GetMapping("/staff/helpdesk/orientations")
	String orientations(@RequestParam(required = false) String q, @RequestParam(required = false) String postcode,
			@RequestParam(required = false) String commune,
			@RequestParam(name = "orientations", required = false) List<String> orientations, Model model,
			Locale locale) {
		return this.pages.orientationResults(model, q, postcode, commune, orientations, locale);
	}

	@GetMapping("/staff/helpdesk/organisations")
	String organisations(@RequestParam(required = false) String organisationQuery,
			@RequestParam(required = false) String organisation, Model model) {
		return this.pages.organisationResults(model, organisationQuery, organisation);
	}

	@ExceptionHandler(HelpdeskService.NotAllowed.class)
	@ResponseStatus(HttpStatus.FORBIDDEN)
	String notAllowed(Model model) {
		model.addAttribute("status", 403);
		return "helpdesk/forbidden";
	}

}
