package brussels.maillage.directory;

import java.util.List;

import brussels.maillage.system.LocalizedText;

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
 * @param totalCapped whether the hits were counted only up to a cap: {@code total} is
 * then a lower bound, always greater than the hits up to the end of this page (so that
 * {@link #hasNext()} holds), shown as "1 000+"
 * @param themeCountsCapped whether the counts per theme were taken over the first hits
 * only (then not shown: the themes are still offered as filters)
 * @param placeInText the place named in the text (a commune, a sub-municipality, a bassin
 * or a postcode), taken as the person's place, or {@code null}
 * @param place the person's place the hits were ranked for: the one named in the text,
 * otherwise the query's
 */
public record SearchResults(SearchQuery query, List<SearchHit> hits, long total, List<ThemeFacet> themes,
		boolean approximate, String corrected, boolean totalCapped, boolean themeCountsCapped,
		LocalizedText placeInText, Place place) {

	public SearchResults {
		hits = List.copyOf(hits);
		themes = List.copyOf(themes);
		place = (place != null) ? place : query.place();
	}

	/** Results without a place read in the text. */
	public SearchResults(SearchQuery query, List<SearchHit> hits, long total, List<ThemeFacet> themes,
			boolean approximate, String corrected, boolean totalCapped, boolean themeCountsCapped) {
		this(query, hits, total, themes, approximate, corrected, totalCapped, themeCountsCapped, null, null);
	}

	/** Results counted exactly. */
	public SearchResults(SearchQuery query, List<SearchHit> hits, long total, List<ThemeFacet> themes,
			boolean approximate, String corrected) {
		this(query, hits, total, themes, approximate, corrected, false, false);
	}

	/**
	 * The number of hits as shown: exact, or when capped the cap, to be read as "at
	 * least" (see {@link #totalCapped()}).
	 */
	public long shownTotal() {
		return this.totalCapped ? this.total - 1 : this.total;
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
