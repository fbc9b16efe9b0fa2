package brussels.maillage.helpdesk.permanences;

import java.time.Clock;
import java.time.LocalDate;

import brussels.maillage.helpdesk.settings.HelpdeskProperties;
import brussels.maillage.helpdesk.HelpdeskService;
import brussels.maillage.identity.CurrentUser;
import brussels.maillage.identity.Role;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The lines page: each line with its hours, closed days and the state of its mailbox. */
@Controller
class LineController {

	private final LineService lines;

	private final HelpdeskProperties properties;

	private final Clock clock;

	LineController(LineService lines, HelpdeskProperties properties, Clock clock) {
		this.lines = lines;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/staff/helpdesk/lines")
	String lines(@AuthenticationPrincipal CurrentUser user, Model model) {
		model.addAttribute("lines", this.lines.all());
		model.addAttribute("today", LocalDate.now(this.clock.withZone(HelpdeskService.TIME_ZONE)));
		model.addAttribute("coordinator", user.has(Role.COORDINATOR));
		model.addAttribute("mailboxes", this.lines.mailboxes());
		model.addAttribute("configured", this.properties.mailboxes().keySet());
		return "helpdesk/lines";
	}

}
