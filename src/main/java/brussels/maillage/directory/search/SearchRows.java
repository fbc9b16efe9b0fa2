package brussels.maillage.directory.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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
import brussels.maillage.directory.services.DirectoryStore;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the page shows of the engine's answer: the rows of its hits, read from PostgreSQL
 * in one query, and the hits per top-level theme in the taxonomy's order.
 */
final class SearchRows {

	private final JdbcClient jdbc;

	private final DirectoryStore store;

	/** The directory version, which a change of theme raises. */
	private final LongSupplier version;

	private volatile Themes themes;

	SearchRows(JdbcClient jdbc, DirectoryStore store, LongSupplier version) {
		this.jdbc = jdbc;
		this.store = store;
		this.version = version;
	}

	/** The page's rows, in the engine's order. */
	List<SearchHit> rows(List<SearchAnswer.Hit> found, Place place, boolean corrected) {
		if (found.isEmpty()) {
			return List.of();
		}
		Map<UUID, SearchAnswer.Hit> byId = new LinkedHashMap<>();
		found.forEach((hit) -> byId.put(hit.id(), hit));
		Map<UUID, SearchHit> rows = new HashMap<>();
		this.jdbc.sql("""
				select s.id, s.name ->> 'fr' as name_fr, s.name ->> 'nl' as name_nl, s.name ->> 'en' as name_en,
					s.description ->> 'fr' as description_fr, s.description ->> 'nl' as description_nl,
					s.description ->> 'en' as description_en, s.kind, s.status, s.cost,
					s.languages, s.area_level, s.organization_id, o.name as organization, a.address, a.latitude,
					a.longitude
				from service s join organization o on o.id = s.organization_id
				left join lateral (
					select l.address || ', ' || l.postcode || ' ' || l.city as address, l.latitude, l.longitude
					from service_at_location sal join location l on l.id = sal.location_id
					where sal.service_id = s.id and not l.confidential order by l.postcode, l.address limit 1) a on true
				where s.id = any(:ids)""").param("ids", byId.keySet().toArray(UUID[]::new)).query((rs, row) -> {
			SearchAnswer.Hit hit = byId.get(rs.getObject("id", UUID.class));
			return new SearchHit(hit.id(), SearchDocuments.text(rs, "name"),
					rs.getObject("organization_id", UUID.class), rs.getString("organization"),
					SearchDocuments.text(rs, "description"), ServiceKind.of(rs.getString("kind")),
					ServiceStatus.of(rs.getString("status")), Cost.of(rs.getString("cost")),
					DirectoryStore.strings(rs.getArray("languages")), AreaLevel.valueOf(rs.getString("area_level")),
					proximity(hit.closeness(), place), hit.distanceKm(), rs.getString("address"), hit.synonym(),
					corrected, hit.score(), (Double) rs.getObject("latitude"), (Double) rs.getObject("longitude"));
		}).list().forEach((hit) -> rows.put(hit.id(), hit));
		return byId.keySet().stream().map(rows::get).filter((hit) -> hit != null).toList();
	}

	private static Proximity proximity(Integer level, Place place) {
		if (place.isUnknown()) {
			return Proximity.UNKNOWN;
		}
		if (level == null) {
			return Proximity.UNDETERMINED;
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
	private List<Theme> themes() {
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
