package brussels.maillage.territory.reference;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;

import brussels.maillage.territory.TerritoryService;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Administrators load the official sector → quartier → bassin table when it becomes
 * available.
 */
@Controller
class QuartierTableController {

	private final QuartierTable table;

	private final TerritoryService territory;

	private final Clock clock;

	QuartierTableController(QuartierTable table, TerritoryService territory, Clock clock) {
		this.clock = clock;
		this.table = table;
		this.territory = territory;
	}

	@GetMapping("/admin/territory/quartiers")
	String page(Model model) {
		QuartierTable.Loaded loaded = this.table.loaded();
		model.addAttribute("quartiers", loaded.quartiers());
		model.addAttribute("linkedSectors", loaded.linkedSectors());
		model.addAttribute("sectors", loaded.sectors());
		model.addAttribute("columns", String.join(",", QuartierTable.COLUMNS));
		return "territory/admin-quartiers";
	}

	@PostMapping("/admin/territory/quartiers")
	String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model,
			RedirectAttributes redirect) throws IOException {
		if (file == null || file.isEmpty()) {
			model.addAttribute("fileError", "territory.quartiers.error.noFile");
			return page(model);
		}
		QuartierTable.Checked checked = this.table.check(file.getInputStream());
		if (!checked.valid()) {
			model.addAttribute("problems", checked.problems());
			model.addAttribute("fileName", file.getOriginalFilename());
			return page(model);
		}
		String source = "official table " + String.valueOf(file.getOriginalFilename()).replaceAll("[\\r\\n]", "")
				+ " loaded on " + LocalDate.now(this.clock);
		int quartiers = this.table.apply(checked.rows(), source);
		this.territory.refresh();
		redirect.addFlashAttribute("notice", "territory.quartiers.loaded");
		redirect.addFlashAttribute("noticeArgument", quartiers);
		return "redirect:/admin/territory/quartiers";
	}

}
