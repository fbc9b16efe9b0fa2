package brussels.maillage.events.agenda;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.events.EventsService;
import brussels.maillage.identity.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;

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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The public form to ask for an information session, and the staff list of requests. */
@Controller
class SessionRequestController {

	private final SessionRequestService requests;

	SessionRequestController(SessionRequestService requests) {
		this.requests = requests;
	}

	@GetMapping("/agenda/demande")
	String form(Model model, Locale locale) {
		model.addAttribute("sessionRequest", RequestForm.empty(locale.getLanguage()));
		return show(model);
	}

	@PostMapping("/agenda/demande")
	String send(@Validated @ModelAttribute("sessionRequest") RequestForm form, BindingResult errors, Model model,
			RedirectAttributes redirect, HttpServletResponse response) {
		if (errors.hasErrors()) {
			response.setStatus(422);
			return show(model);
		}
		this.requests.receive(form);
		redirect.addFlashAttribute("notice", "events.request.sent");
		return "redirect:/agenda";
	}

	private String show(Model model) {
		model.addAttribute("territories", EventsService.TERRITORIES);
		model.addAttribute("messageLanguages", List.of("fr", "nl", "en"));
		return "events/request-form";
	}

	@GetMapping("/staff/events/requests")
	String list(Model model) {
		model.addAttribute("requests", this.requests.all());
		return "events/requests";
	}

	@PostMapping("/staff/events/requests/{id}/accept")
	String accept(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return decide(user, id, true, redirect);
	}

	@PostMapping("/staff/events/requests/{id}/decline")
	String decline(@AuthenticationPrincipal CurrentUser user, @PathVariable UUID id, RedirectAttributes redirect) {
		return decide(user, id, false, redirect);
	}

	private String decide(CurrentUser user, UUID id, boolean accept, RedirectAttributes redirect) {
		SessionRequest request = this.requests.find(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!user.worksFor(EventsService.scope(request.territory()))) {
			throw new ResponseStatusException(HttpStatus.FORBIDDEN);
		}
		try {
			this.requests.decide(id, accept, user.email());
		}
		catch (IllegalStateException ex) {
			throw new ResponseStatusException(HttpStatus.CONFLICT);
		}
		redirect.addFlashAttribute("notice", accept ? "events.request.accepted" : "events.request.declined");
		return "redirect:/staff/events/requests";
	}

}
