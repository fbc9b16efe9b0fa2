package brussels.maillage.directory.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import brussels.maillage.directory.AreaLevel;
import brussels.maillage.directory.Cost;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.Proximity;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.ServiceKind;
import brussels.maillage.directory.ServiceStatus;
import brussels.maillage.directory.Theme;
import brussels.maillage.directory.ThemeFacet;
import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.ShownRow;
import brussels.maillage.directory.search.index.ImportedService;
import brussels.maillage.directory.services.DirectoryStore;

/**
 * What the page shows of the engine's answer: the rows of its hits, as the index keeps
 * them ({@link ShownRow}), and the hits per top-level theme in the taxonomy's order (the
 * taxonomy read again only when the directory's version moved).
 */
final class SearchRows {

	private final DirectoryStore store;

	/** The directory version, which a change of theme raises. */
	private final LongSupplier version;

	private volatile Themes themes;

	SearchRows(DirectoryStore store, LongSupplier version) {
		this.store = store;
		this.version = version;
	}

	/**
	 * The page's rows, in the engine's order, from what the index keeps of each hit (no
	 * PostgreSQL read: the index holds the directory as of the version it was brought
	 * to).
	 */
	List<SearchHit> rows(List<SearchAnswer.Hit> found, Place place, boolean corrected) {
		List<SearchHit> hits = new ArrayList<>(found.size());
		for (SearchAnswer.Hit hit : found) {
			ShownRow row = hit.row();
			if (row == null) {
				throw new IllegalStateException("Search hit " + hit.id() + " without its row");
			}
			hits.add(new SearchHit(hit.id(), row.name(), row.organizationId(), row.organization(), row.description(),
					ServiceKind.of(row.kind()), ServiceStatus.of(row.status()), Cost.of(row.cost()), row.languages(),
					areaLevel(row.areaLevel()), proximity(hit.closeness(), place, row.areaLevel()), hit.distanceKm(),
					row.address(), hit.synonym(), corrected, hit.score(), row.latitude(), row.longitude(),
					hit.partial()));
		}
		return hits;
	}

	/** An area the directory cannot read is stored at the region's level. */
	private static AreaLevel areaLevel(String indexed) {
		return indexed.equals(ImportedService.UNKNOWN_AREA) ? AreaLevel.REGION : AreaLevel.valueOf(indexed);
	}

	private static Proximity proximity(Integer level, Place place, String areaLevel) {
		if (place.isUnknown()) {
			return Proximity.UNKNOWN;
		}
		if (level == null) {
			return areaLevel.equals(ImportedService.UNKNOWN_AREA) ? Proximity.UNREAD_AREA : Proximity.UNDETERMINED;
		}
		return switch (level) {
			case 4 -> Proximity.QUARTIER;
			case 3 -> Proximity.COMMUNE;
			case 2 -> Proximity.BASSIN;
			case 1 -> Proximity.REGION;
			default -> Proximity.ELSEWHERE;
		};
	}

	/** The themes read at a directory version (a change of theme raises it). */
	private record Themes(long version, List<Theme> themes) {
	}

	/** The taxonomy, read again only when the directory's version moved. */
	List<Theme> themes() {
		long seen = this.version.getAsLong();
		Themes kept = this.themes;
		if (kept == null || kept.version() != seen) {
			kept = new Themes(seen, this.store.themes());
			this.themes = kept;
		}
		return kept.themes();
	}

	/** Hits per top-level theme, in the taxonomy's order. */
	List<ThemeFacet> themeFacets(Map<String, Long> counts) {
		List<ThemeFacet> facets = new ArrayList<>();
		for (Theme theme : themes()) {
			Long count = counts.get(theme.code());
			if (theme.parentId() == null && count != null && count > 0) {
				facets.add(new ThemeFacet(theme.code(), theme.label(), count));
			}
		}
		return facets;
	}

}
