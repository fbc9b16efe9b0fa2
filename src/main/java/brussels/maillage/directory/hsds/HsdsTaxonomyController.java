package brussels.maillage.directory.hsds;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import static brussels.maillage.directory.hsds.ApiParameters.checkPage;
import static brussels.maillage.directory.hsds.ApiParameters.language;
import static brussels.maillage.directory.hsds.ApiParameters.perPage;
import static brussels.maillage.directory.hsds.HsdsRecords.term;

/**
 * The taxonomies and terms of the HSDS 3.1 API: the directory's themes, and by id (or
 * with {@code taxonomy_id} or {@code parent_id}) the taxonomies and terms an imported
 * package brought; an unknown id is a 404 problem.
 */
@RestController
@RequestMapping("/api/hsds")
@Tag(name = "Directory (HSDS 3.1)", description = "Services, organisations and themes as Open Referral HSDS 3.1")
class HsdsTaxonomyController {

	private final DirectoryService directory;

	private final HsdsPackageTerms packageTerms;

	HsdsTaxonomyController(DirectoryService directory, HsdsPackageTerms packageTerms) {
		this.directory = directory;
		this.packageTerms = packageTerms;
	}

	@GetMapping("/taxonomies")
	@Operation(summary = "The taxonomies of the directory's themes",
			description = "Those of an imported package are served by id (/taxonomies/{id})")
	Hsds.Page<Hsds.Taxonomy> taxonomies(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage) {
		int size = perPage(perPage);
		checkPage(page);
		List<Hsds.Taxonomy> all = this.directory.taxonomies()
			.stream()
			.map((taxonomy) -> new Hsds.Taxonomy(taxonomy.id().toString(), taxonomy.name(), taxonomy.description(),
					taxonomy.uri(), taxonomy.version()))
			.toList();
		return Hsds.Page.of(all.stream().skip((long) (page - 1) * size).limit(size).toList(), all.size(), page, size);
	}

	@GetMapping("/taxonomies/{id}")
	@Operation(summary = "One taxonomy: of the directory's themes, or brought by an imported package")
	Hsds.Taxonomy taxonomy(@PathVariable String id) {
		UUID key = uuid(id);
		return this.directory.taxonomies()
			.stream()
			.filter((taxonomy) -> taxonomy.id().equals(key))
			.findFirst()
			.map((taxonomy) -> new Hsds.Taxonomy(taxonomy.id().toString(), taxonomy.name(), taxonomy.description(),
					taxonomy.uri(), taxonomy.version()))
			.or(() -> this.packageTerms.taxonomy(key))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	@GetMapping("/taxonomy_terms")
	@Operation(summary = "The themes and sub-themes",
			description = "With taxonomy_id or parent_id, the terms of that taxonomy or under that parent, themes and"
					+ " terms of imported packages alike (themes first, then by name)")
	Hsds.Page<Hsds.TaxonomyTerm> taxonomyTerms(@RequestParam(defaultValue = "1") int page,
			@RequestParam(name = "per_page", defaultValue = "50") int perPage,
			@RequestParam(defaultValue = "fr") String lang,
			@Parameter(description = "only the terms of this taxonomy") @RequestParam(name = "taxonomy_id",
					required = false) UUID taxonomyId,
			@Parameter(description = "only the terms under this term") @RequestParam(name = "parent_id",
					required = false) UUID parentId) {
		int size = perPage(perPage);
		checkPage(page);
		Locale locale = language(lang);
		List<Hsds.TaxonomyTerm> all = new ArrayList<>();
		this.directory.themes()
			.stream()
			.filter((theme) -> taxonomyId == null || taxonomyId.equals(theme.taxonomyId()))
			.filter((theme) -> parentId == null || parentId.equals(theme.parentId()))
			.forEach((theme) -> all.add(term(theme, locale)));
		all.addAll(this.packageTerms.terms(taxonomyId, parentId));
		return Hsds.Page.of(all.stream().skip((long) (page - 1) * size).limit(size).toList(), all.size(), page, size);
	}

	@GetMapping("/taxonomy_terms/{id}")
	@Operation(summary = "One term: a theme, or a term brought by an imported package")
	Hsds.TaxonomyTerm taxonomyTerm(@PathVariable String id, @RequestParam(defaultValue = "fr") String lang) {
		UUID key = uuid(id);
		Locale locale = language(lang);
		return this.directory.themes()
			.stream()
			.filter((theme) -> theme.id().equals(key))
			.findFirst()
			.map((theme) -> term(theme, locale))
			.or(() -> this.packageTerms.term(key))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** An id of this API is a UUID: any other is unknown (404), never a 500. */
	private static UUID uuid(String id) {
		try {
			return UUID.fromString(id.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
	}

}
