package brussels.maillage.directory.exchange;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.PlaceResolver;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.exchange.store.DirectorySnapshot;
import brussels.maillage.directory.exchange.store.ExchangeReads;
import brussels.maillage.identity.AuditLog;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports the whole directory, or the result of a search in the order the search ranks
 * it, as an HSDS 3.1 data package, a CSV table or an XLSX workbook, in one language.
 */
@Service
@Transactional(readOnly = true)
class DirectoryExport {

	private final DirectoryService directory;

	private final PlaceResolver places;

	private final ExchangeReads store;

	private final HsdsPackage hsds;

	private final FlatTable flat;

	private final AuditLog audit;

	DirectoryExport(DirectoryService directory, PlaceResolver places, ExchangeReads store, HsdsPackage hsds,
			FlatTable flat, AuditLog audit) {
		this.directory = directory;
		this.places = places;
		this.store = store;
		this.hsds = hsds;
		this.flat = flat;
		this.audit = audit;
	}

	/**
	 * The services a request selects, in order: the search's ranking, or every service.
	 * Throws {@link brussels.maillage.territory.UnknownPostcodeException} or
	 * {@link IllegalArgumentException} for a place that cannot be resolved.
	 */
	List<UUID> select(ExportRequest request) {
		if (!request.isSearch()) {
			return null;
		}
		Place place = this.places.resolve(request.postcode(), request.commune(), request.bassin(), null, null);
		List<UUID> ids = new ArrayList<>();
		int page = 0;
		SearchResults results;
		do {
			results = this.directory.search(new SearchQuery(request.q(), request.theme(), null, false, null, place,
					null, null, page, SearchQuery.MAX_SIZE));
			results.hits().stream().map(SearchHit::id).forEach(ids::add);
			page++;
		}
		while (results.hasNext());
		return ids;
	}

	/** Writes the export; {@code ids} as returned by {@link #select}. */
	void write(ExportFormat format, String language, List<UUID> ids, OutputStream out) throws IOException {
		DirectorySnapshot snapshot = this.store.read(ids);
		List<UUID> order = (ids != null) ? ids : snapshot.services().stream().map(DirectorySnapshot.Svc::id).toList();
		Locale locale = Locale.of(language);
		switch (format) {
			case HSDS -> this.hsds.write(snapshot, language, out);
			case CSV -> this.flat.csv(snapshot, order, locale, out);
			case XLSX -> this.flat.xlsx(snapshot, order, locale, out);
		}
		this.audit.record("directory.exported", "directory", format.name().toLowerCase(), AuditLog
			.details((ids != null) ? "export-search" : "export-whole", snapshot.services().size(), language));
	}

}
