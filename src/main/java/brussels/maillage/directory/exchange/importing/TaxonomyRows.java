package brussels.maillage.directory.exchange.importing;

import brussels.maillage.directory.exchange.reading.HsdsExtensions;
import brussels.maillage.directory.exchange.store.DirectorySnapshot;
import brussels.maillage.directory.exchange.store.ExchangeReads;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVRecord;

import org.springframework.stereotype.Component;

import static brussels.maillage.directory.exchange.importing.Cells.blank;
import static brussels.maillage.directory.exchange.importing.Cells.uuidOrNull;
import static brussels.maillage.directory.exchange.importing.Cells.value;

/**
 * A package's taxonomy and the services' terms (HSDS {@code attribute}): the directory's
 * own themes are kept as themes; a package's own terms are kept as its taxonomy, each
 * mapped to a theme through the crosswalk, and its services keep them.
 */
@Component
class TaxonomyRows {

	private final ExchangeReads reads;

	TaxonomyRows(ExchangeReads reads) {
		this.reads = reads;
	}

	/**
	 * Reads the taxonomies, terms and attributes, once the services are read;
	 * {@code taxonomyName} names a taxonomy the package does not name.
	 */
	void read(Map<String, List<CSVRecord>> tables, ParsedPackage parsed, String taxonomyName, RowCounter counter) {
		List<ImportReport.Problem> problems = parsed.problems;
		Set<UUID> knownTerms = Set.copyOf(this.reads.termIds());
		PackageTaxonomy taxonomy = packageTaxonomy(tables, knownTerms, taxonomyName, counter);
		for (DirectorySnapshot.PackageTerm term : taxonomy.terms().values()) {
			if (term.themeId() == null) {
				parsed.warning("taxonomy_term", taxonomy.lines().get(term.id()), "id", "termNotMapped",
						"term " + term.id() + " (" + term.name()
								+ ") matches none of the directory's themes: its services keep it, and an editor "
								+ "chooses its theme on the crosswalk page",
						term.name());
			}
		}
		Set<DirectorySnapshot.ServiceTerm> themed = new LinkedHashSet<>();
		for (CSVRecord row : tables.getOrDefault("attribute", List.of())) {
			counter.tick();
			int before = problems.size();
			String entity = row.isMapped("link_entity") ? row.get("link_entity").strip() : "";
			if (!entity.isEmpty() && !entity.equals("service")) {
				parsed.warning("attribute", row, "link_entity", "otherAttribute",
						"attributes of " + entity + " are not imported (only those of services: their themes)", entity);
				continue;
			}
			String termValue = value(row, "taxonomy_term_id");
			DirectorySnapshot.PackageTerm packageTerm = taxonomy.terms().get(uuidOrNull(termValue));
			UUID service = parsed.reference("attribute", row, "link_id", parsed.services.keySet());
			if (packageTerm != null) {
				if (service != null) {
					parsed.packageTerms.add(new DirectorySnapshot.ServicePackageTerm(service, packageTerm.id()));
					if (packageTerm.themeId() != null) {
						themed.add(new DirectorySnapshot.ServiceTerm(service, packageTerm.themeId()));
					}
				}
				parsed.taint(row, "link_id", before);
				continue;
			}
			UUID term = parsed.reference("attribute", row, "taxonomy_term_id", knownTerms);
			if (service != null && term != null) {
				themed.add(new DirectorySnapshot.ServiceTerm(service, term));
			}
			parsed.taint(row, "link_id", before);
		}
		parsed.terms.addAll(themed);
		parsed.packageTaxonomies.addAll(taxonomy.taxonomies());
		parsed.packageTermList.addAll(taxonomy.terms().values());
	}

	/**
	 * A package's taxonomy: its taxonomies and terms (those that are not the directory's
	 * own themes, as in Maillage's export), each term with the theme it maps to: an
	 * editor's earlier choice, else the theme with the same code, else the theme with the
	 * same label in any language.
	 */
	record PackageTaxonomy(List<DirectorySnapshot.PackageTaxonomy> taxonomies,
			Map<UUID, DirectorySnapshot.PackageTerm> terms, Map<UUID, Long> lines) {
	}

	private PackageTaxonomy packageTaxonomy(Map<String, List<CSVRecord>> tables, Set<UUID> knownTerms, String source,
			RowCounter counter) {
		Map<UUID, DirectorySnapshot.PackageTaxonomy> taxonomies = new LinkedHashMap<>();
		for (CSVRecord row : tables.getOrDefault("taxonomy", List.of())) {
			UUID id = uuidOrNull(value(row, "id"));
			if (id != null && !value(row, "name").isEmpty()) {
				taxonomies.put(id, new DirectorySnapshot.PackageTaxonomy(id, value(row, "name"),
						blank(value(row, "description")), blank(value(row, "uri")), blank(value(row, "version"))));
			}
		}
		List<CSVRecord> rows = new ArrayList<>();
		for (CSVRecord row : tables.getOrDefault("taxonomy_term", List.of())) {
			counter.tick();
			UUID id = uuidOrNull(value(row, "id"));
			if (id != null && !knownTerms.contains(id) && !value(row, "name").isEmpty()) {
				rows.add(row);
			}
		}
		Map<UUID, DirectorySnapshot.PackageTerm> terms = new LinkedHashMap<>();
		Map<UUID, Long> lines = new HashMap<>();
		if (rows.isEmpty()) {
			return new PackageTaxonomy(List.of(), terms, lines);
		}
		Map<UUID, UUID> chosen = this.reads.editorThemes();
		Map<String, UUID> byCode = new HashMap<>();
		Map<String, UUID> byLabel = new HashMap<>();
		this.reads.themesForMatching().forEach((theme) -> {
			byCode.put(theme.code().toLowerCase(Locale.ROOT), theme.id());
			for (String label : new String[] { theme.label().fr(), theme.label().nl(), theme.label().en() }) {
				if (label != null) {
					byLabel.putIfAbsent(AreaNames.normalize(label), theme.id());
				}
			}
		});
		for (CSVRecord row : rows) {
			UUID id = UUID.fromString(value(row, "id"));
			UUID taxonomyId = uuidOrNull(value(row, "taxonomy_id"));
			if (taxonomyId == null || !taxonomies.containsKey(taxonomyId)) {
				String name = value(row, "taxonomy").isEmpty() ? source : value(row, "taxonomy");
				if (taxonomyId == null) {
					taxonomyId = UUID.fromString(HsdsExtensions.derived(source, "taxonomy", name));
				}
				taxonomies.putIfAbsent(taxonomyId,
						new DirectorySnapshot.PackageTaxonomy(taxonomyId, name, null, null, null));
			}
			String code = value(row, "code");
			String name = value(row, "name");
			UUID theme = chosen.get(id);
			String matchedBy = (theme != null) ? "editor" : null;
			if (theme == null && !code.isEmpty() && byCode.containsKey(code.toLowerCase(Locale.ROOT))) {
				theme = byCode.get(code.toLowerCase(Locale.ROOT));
				matchedBy = "code";
			}
			if (theme == null && byLabel.containsKey(AreaNames.normalize(name))) {
				theme = byLabel.get(AreaNames.normalize(name));
				matchedBy = "label";
			}
			terms.put(id, new DirectorySnapshot.PackageTerm(id, taxonomyId, blank(code), name,
					blank(value(row, "description")), uuidOrNull(value(row, "parent_id")), theme, matchedBy));
			lines.put(id, row.getRecordNumber() + 1);
		}
		return new PackageTaxonomy(List.copyOf(taxonomies.values()), terms, lines);
	}

}
