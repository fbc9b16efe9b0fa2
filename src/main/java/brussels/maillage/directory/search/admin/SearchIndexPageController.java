package brussels.maillage.directory.search.admin;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrators' button on the directory's staff page that rebuilds the search index
 * (the same rebuild as {@code POST /api/admin/directory/search-index}).
 */
@Controller
class SearchIndexPageController {

	private final SearchIndexRebuild rebuild;

	SearchIndexPageController(SearchIndexRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@PostMapping("/admin/directory/search-index")
	String rebuild(RedirectAttributes redirect) {
		SearchIndexRebuild.Rebuilt rebuilt = this.rebuild.rebuild();
		redirect.addFlashAttribute("rebuiltServices", rebuilt.services());
		redirect.addFlashAttribute("rebuiltSeconds", rebuilt.seconds());
		return "redirect:/staff/repertoire";
	}

}
