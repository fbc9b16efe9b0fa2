package brussels.maillage.directory.taxonomy;

import java.util.List;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Theme;
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
 * The editors' pages of the themes and of the search synonyms (a group's page: its
 * broader concepts).
 */
@Controller
class TaxonomyController {

	private final DirectoryService directory;

	private final TaxonomyService taxonomy;

	TaxonomyController(DirectoryService directory, TaxonomyService taxonomy) {
		this.directory = directory;
		this.taxonomy = taxonomy;
	}

	// Themes

	@GetMapping("/staff/repertoire/themes")
	String themes(Model model) {
		model.addAttribute("themes", this.directory.themes());
		model.addAttribute("form", ThemeForm.empty());
		return "directory/themes";
	}

	@GetMapping("/staff/repertoire/themes/{code}")
	String theme(@PathVariable String code, Model model) {
		Theme theme = this.directory.themes()
			.stream()
			.filter((candidate) -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("theme", theme);
		model.addAttribute("form", ThemeForm.of(theme));
		model.addAttribute("themes", this.directory.themes());
		return "directory/theme-form";
	}

	@PostMapping({ "/staff/repertoire/themes", "/staff/repertoire/themes/{code}" })
	String saveTheme(@PathVariable(required = false) String code, @ModelAttribute("form") ThemeForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		List<Theme> themes = this.directory.themes();
		Theme existing = (code != null) ? themes.stream()
			.filter((candidate) -> candidate.code().equals(code))
			.findFirst()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)) : null;
		String chosenCode = (existing != null) ? existing.code() : ThemeChecks.newCode(form.code(), themes, errors);
		String parent = (existing != null) ? null : ThemeChecks.parent(form.parent(), themes, errors);
		ThemeChecks.label(form, errors);
		if (errors.hasErrors()) {
			model.addAttribute("themes", themes);
			model.addAttribute("theme", existing);
			return (existing != null) ? "directory/theme-form" : "directory/themes";
		}
		this.taxonomy.saveTheme(chosenCode, parent, form.label(), user.email());
		redirect.addFlashAttribute("notice", "directory.edit.saved");
		return "redirect:/staff/repertoire/themes";
	}

	// Synonyms

	@GetMapping("/staff/repertoire/synonyms")
	String synonyms(Model model) {
		model.addAttribute("synonyms", this.taxonomy.synonyms());
		if (!model.containsAttribute("terms")) {
			model.addAttribute("terms", "");
		}
		return "directory/synonyms";
	}

	@PostMapping("/staff/repertoire/synonyms")
	String addSynonyms(@RequestParam(defaultValue = "") String terms, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		List<String> list = List.of(terms.split("[,;=\\n]+")).stream().map(String::strip).toList();
		if (terms.length() > 500 || list.stream().anyMatch((term) -> term.length() > 60)) {
			model.addAttribute("termsError", "directory.synonyms.tooLong");
		}
		else {
			try {
				this.taxonomy.addSynonyms(list, user.email());
				redirect.addFlashAttribute("notice", "directory.synonyms.added");
				return "redirect:/staff/repertoire/synonyms";
			}
			catch (IllegalArgumentException ex) {
				model.addAttribute("termsError", "directory.synonyms.twoTerms");
			}
		}
		model.addAttribute("terms", terms);
		model.addAttribute("synonyms", this.taxonomy.synonyms());
		return "directory/synonyms";
	}

	@GetMapping("/staff/repertoire/synonyms/{id}")
	String synonymGroup(@PathVariable long id, Model model) {
		if (!model.containsAttribute("broaderForm")) {
			model.addAttribute("broaderForm", BroaderForm.empty());
		}
		return groupPage(id, model);
	}

	@PostMapping("/staff/repertoire/synonyms/{id}/broader")
	String addBroader(@PathVariable long id, @Validated @ModelAttribute("broaderForm") BroaderForm form,
			BindingResult errors, @AuthenticationPrincipal CurrentUser user, Model model, RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.taxonomy.addBroader(id, form.term(), user.email());
				redirect.addFlashAttribute("notice", "directory.synonyms.broader.added");
				return "redirect:/staff/repertoire/synonyms/" + id;
			}
			catch (Refused refused) {
				refused.showOn(errors);
			}
		}
		return groupPage(id, model);
	}

	@PostMapping("/staff/repertoire/synonyms/{id}/broader/{broaderId}/delete")
	String removeBroader(@PathVariable long id, @PathVariable long broaderId, RedirectAttributes redirect) {
		this.taxonomy.removeBroader(id, broaderId);
		redirect.addFlashAttribute("notice", "directory.synonyms.broader.removed");
		return "redirect:/staff/repertoire/synonyms/" + id;
	}

	private String groupPage(long id, Model model) {
		SynonymGroup group = this.taxonomy.synonymGroup(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("group", group);
		model.addAttribute("narrower", this.taxonomy.narrower(id));
		return "directory/synonym-group";
	}

	@PostMapping("/staff/repertoire/synonyms/{id}/delete")
	String removeSynonyms(@PathVariable long id, RedirectAttributes redirect) {
		this.taxonomy.removeSynonyms(id);
		redirect.addFlashAttribute("notice", "directory.synonyms.removed");
		return "redirect:/staff/repertoire/synonyms";
	}

}
