package brussels.maillage.identity.audit;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Administrators read the audit log. */
@Controller
class AuditController {

	static final int PAGE_SIZE = 50;

	private final AuditTrail audit;

	AuditController(AuditTrail audit) {
		this.audit = audit;
	}

	@GetMapping("/admin/audit")
	String audit(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		int safePage = Math.max(0, Math.min(page, 10_000));
		var entries = this.audit.latest(q, safePage, PAGE_SIZE + 1);
		model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		model.addAttribute("page", safePage);
		model.addAttribute("q", (q != null) ? q : "");
		return "identity/audit";
	}

}
