package brussels.maillage.system;

import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators see what the mail outbox holds, whether mail can go out, and put failed
 * messages back.
 */
@Controller
class MailAdminController {

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
	String outbox(Model model) {
		model.addAttribute("configured", this.delivery.configured());
		model.addAttribute("counts", this.outbox.counts());
		model.addAttribute("messages", this.outbox.notSent(100));
		return "system/mail";
	}

	@PostMapping("/admin/mail/retry")
	String retry(RedirectAttributes redirect) {
		int count = this.outbox.retryFailed();
		redirect.addFlashAttribute("notice", "mail.retried");
		redirect.addFlashAttribute("noticeArgument", count);
		return "redirect:/admin/mail";
	}

}
