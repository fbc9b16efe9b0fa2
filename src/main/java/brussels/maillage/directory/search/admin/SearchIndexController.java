package brussels.maillage.directory.search.admin;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The administrators' command that rebuilds the directory's search index from PostgreSQL
 * (it is otherwise kept current by the change log).
 */
@RestController
@RequestMapping("/api/admin/directory")
class SearchIndexController {

	private final SearchIndexRebuild rebuild;

	SearchIndexController(SearchIndexRebuild rebuild) {
		this.rebuild = rebuild;
	}

	@Operation(summary = "Rebuild the directory's search index from the database (administrators only)")
	@PostMapping("/search-index")
	SearchIndexRebuild.Rebuilt rebuild() {
		return this.rebuild.rebuild();
	}

}
