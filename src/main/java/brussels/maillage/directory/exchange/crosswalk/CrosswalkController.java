package brussels.maillage.directory.exchange.crosswalk;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;

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
 * The crosswalk from imported packages' own taxonomies to the directory's themes: filled
 * on import where codes or labels match, and here by editors for the other terms. A
 * chosen theme classifies at once every service the package gave that term.
 */
@Controller
class CrosswalkController {

	private final Crosswalks crosswalks;

	private final DirectoryService directory;

	CrosswalkController(Crosswalks crosswalks, DirectoryService directory) {
		this.crosswalks = crosswalks;
		this.directory = directory;
	}

	@GetMapping("/staff/directory/crosswalk")
	String page(Model model, Locale locale) {
		List<Crosswalks.Row> rows = this.crosswalks.rows();
		model.addAttribute("rows", rows);
		model.addAttribute("unmapped", rows.stream().filter((row) -> row.themeId() == null).count());
		model.addAttribute("themes", this.directory.themes());
		return "exchange/crosswalk";
	}

	/** Maps a term to a theme (or to none), and reclassifies its services. */
	@PostMapping("/staff/directory/crosswalk/{term}")
	String choose(@PathVariable UUID term, @RequestParam(defaultValue = "") String theme, RedirectAttributes redirect) {
		UUID chosen = theme.isBlank() ? null : parse(theme);
		if (chosen != null
				&& this.directory.themes().stream().noneMatch((candidate) -> candidate.id().equals(chosen))) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown theme");
		}
		if (!this.crosswalks.choose(term, chosen)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		redirect.addFlashAttribute("notice", "exchange.crosswalk.saved");
		return "redirect:/staff/directory/crosswalk#term-" + term;
	}

	private static UUID parse(String value) {
		try {
			return UUID.fromString(value.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown theme");
		}
	}

}
