package brussels.maillage.directory;

import java.util.List;

/**
 * One page of search hits with the total count and the counts per theme.
 *
 * @param query the search answered
 * @param hits the hits of the page
 * @param total number of hits over all pages
 * @param themes counts per theme, ignoring the theme filter
 * @param approximate whether nothing matched the words as typed and the hits come from
 * similar spellings
 * @param corrected the words searched instead of those typed when {@code approximate},
 * otherwise {@code null}
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, List<ThemeFacet> themes,
		boolean approximate, String corrected) {

	public SearchResults {
		hits = List.copyOf(hits);
		themes = List.copyOf(themes);
	}

	/** Number of pages, at least 1. */
	public int totalPages() {
		return (int) Math.max(1, (this.total + this.query.size() - 1) / this.query.size());
	}

	public boolean hasPrevious() {
		return this.query.page() > 0;
	}

	public boolean hasNext() {
		return this.query.page() + 1 < totalPages();
	}

}
