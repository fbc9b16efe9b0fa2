package brussels.maillage.system.mail;

import brussels.maillage.system.MailOutbox;
import brussels.maillage.system.NavigationItem;

import java.security.Principal;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see what the mail outbox holds, whether mail can go out, find the
 * messages sent to an address, read one (recipient, subject, text, links, state, files)
 * and send it again; and put failed messages back. Messages hold personal data: these
 * pages are under {@code /admin} (administrators only) and show the text as text.
 */
@Controller
class MailAdminController {

	private static final Logger log = LoggerFactory.getLogger(MailAdminController.class);

	private final MailOutbox outbox;

	private final MailDelivery delivery;

	MailAdminController(MailOutbox outbox, MailDelivery delivery) {
		this.outbox = outbox;
		this.delivery = delivery;
	}

	@Bean
	static NavigationItem mailNavigation() {
		return new NavigationItem("nav.mail", "/admin/mail", 920, "ADMIN");
	}

	@GetMapping("/admin/mail")
	String outbox(@RequestParam(required = false) String q, Model model) {
		String recipient = (q == null || q.isBlank()) ? null : q.strip();
		if (recipient != null && recipient.length() > 320) {
			recipient = recipient.substring(0, 320);
		}
		model.addAttribute("configured", this.delivery.configured());
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("q", recipient);
		model.addAttribute("messages", (recipient != null) ? this.outbox.to(recipient, 100) : this.outbox.notSent(100));
		return "system/mail";
	}

	@GetMapping("/admin/mail/{id}")
	String message(@PathVariable String id, Model model) {
		MailOutbox.MailMessage message = this.outbox.message(uuid(id))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("message", message);
		model.addAttribute("resends", this.outbox.resendsOf(message.id()));
		return "system/mail-message";
	}

	@PostMapping("/admin/mail/{id}/resend")
	String resend(@PathVariable String id, Principal principal, RedirectAttributes redirect) {
		String by = (principal != null) ? principal.getName() : "system";
		UUID copy = this.outbox.resend(uuid(id), by)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		log.info("Mail {} queued again as {} by {}", id, copy, by);
		redirect.addFlashAttribute("notice", "mail.resent");
		return "redirect:/admin/mail/" + copy;
	}

	@PostMapping("/admin/mail/retry")
	String retry(RedirectAttributes redirect) {
		int count = this.outbox.retryFailed();
		redirect.addFlashAttribute("notice", "mail.retried");
		redirect.addFlashAttribute("noticeArgument", count);
		return "redirect:/admin/mail";
	}

	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
