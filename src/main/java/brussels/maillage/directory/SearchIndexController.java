package brussels.maillage.directory;

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

	private final ServiceSearch search;

	SearchIndexController(ServiceSearch search) {
		this.search = search;
	}

	@Operation(summary = "Rebuild the directory's search index from the database (administrators only)")
	@PostMapping("/search-index")
	Rebuilt rebuild() {
		long started = System.nanoTime();
		int services = this.search.rebuild();
		return new Rebuilt(services, (System.nanoTime() - started) / 1_000_000);
	}

	/**
	 * A rebuild done.
	 *
	 * @param services services indexed
	 * @param milliseconds time taken
	 */
	record Rebuilt(int services, long milliseconds) {
	}

}
