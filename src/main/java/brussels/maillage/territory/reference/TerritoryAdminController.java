package brussels.maillage.territory.reference;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import brussels.maillage.territory.AssignmentStatus;
import brussels.maillage.territory.Bassin;
import brussels.maillage.territory.Commune;
import brussels.maillage.territory.Submunicipality;
import brussels.maillage.territory.TerritoryService;

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
 * Administration of the assignments: every sub-municipality with its bassin, and a form
 * to change one with a reason, beside its history.
 */
@Controller
class TerritoryAdminController {

	private static final int REASON_MAX = 1000;

	private final TerritoryService territory;

	TerritoryAdminController(TerritoryService territory) {
		this.territory = territory;
	}

	@GetMapping("/admin/territory")
	String list(Model model) {
		common(model);
		model.addAttribute("areas", this.territory.submunicipalities());
		return "territory/admin-list";
	}

	@GetMapping("/admin/territory/{code}")
	String edit(@PathVariable String code, Model model) {
		Submunicipality area = area(code);
		return form(area, (area.bassin() != null) ? area.bassin() : "", area.status().name(), "", Map.of(), model);
	}

	@PostMapping("/admin/territory/{code}")
	String change(@PathVariable String code, @RequestParam(defaultValue = "") String bassin,
			@RequestParam(defaultValue = "") String status, @RequestParam(defaultValue = "") String reason, Model model,
			RedirectAttributes redirect) {
		Submunicipality area = area(code);
		Map<String, String> errors = new LinkedHashMap<>();
		AssignmentStatus newStatus = parseStatus(status);
		boolean knownBassin = bassin.isBlank() || this.territory.bassin(bassin).isPresent();
		if (!knownBassin) {
			errors.put("bassin", "territory.admin.error.bassin");
		}
		if (newStatus == null) {
			errors.put("status", "territory.admin.error.status");
		}
		else if (knownBassin && bassin.isBlank() != (newStatus == AssignmentStatus.UNRESOLVED)) {
			errors.put("status", bassin.isBlank() ? "territory.admin.error.statusWithoutBassin"
					: "territory.admin.error.statusWithBassin");
		}
		if (reason.isBlank()) {
			errors.put("reason", "territory.admin.error.reason");
		}
		else if (reason.length() > REASON_MAX) {
			errors.put("reason", "territory.admin.error.reasonLength");
		}
		if (!errors.isEmpty()) {
			return form(area, bassin, status, reason, errors, model);
		}
		this.territory.changeAssignment(area.code(), bassin, newStatus, reason);
		redirect.addFlashAttribute("notice", "territory.admin.saved");
		redirect.addFlashAttribute("noticeArgument", area.name().fr());
		return "redirect:/admin/territory/" + area.code();
	}

	private String form(Submunicipality area, String bassin, String status, String reason, Map<String, String> errors,
			Model model) {
		common(model);
		model.addAttribute("area", area);
		model.addAttribute("commune",
				this.territory.communes()
					.stream()
					.filter((commune) -> commune.nis().equals(area.nis()))
					.findFirst()
					.orElseThrow());
		model.addAttribute("selectedBassin", bassin);
		model.addAttribute("selectedStatus", status);
		model.addAttribute("reason", reason);
		model.addAttribute("errors", errors);
		model.addAttribute("statuses", List.of(AssignmentStatus.values()));
		model.addAttribute("history", this.territory.history(area.code()));
		return "territory/admin-form";
	}

	private void common(Model model) {
		Map<String, Bassin> bassins = new LinkedHashMap<>();
		this.territory.bassins().forEach((summary) -> bassins.put(summary.bassin().code(), summary.bassin()));
		Map<String, Commune> communes = new LinkedHashMap<>();
		this.territory.communes().forEach((commune) -> communes.put(commune.nis(), commune));
		model.addAttribute("bassinsByCode", bassins);
		model.addAttribute("communesByNis", communes);
	}

	private Submunicipality area(String code) {
		return this.territory.submunicipality(code)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static AssignmentStatus parseStatus(String status) {
		for (AssignmentStatus candidate : AssignmentStatus.values()) {
			if (candidate.name().equals(status)) {
				return candidate;
			}
		}
		return null;
	}

}
