package brussels.maillage.directory.search.contract;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the engine found: one page of hits (each with what the page shows of it), the
 * number of hits, the hits per theme code.
 *
 * @param hits the page's hits, best first
 * @param total the number of hits; when {@code totalCapped}, a lower bound always greater
 * than the hits up to the end of the page
 * @param themes hits per theme code (the theme filter ignored), empty when not asked
 * @param corrected the words searched instead of those typed when some were not in the
 * directory's vocabulary, or {@code null}
 * @param totalCapped whether the hits were counted only up to a cap (more than
 * {@code total - 1})
 * @param themesCapped whether {@code themes} counts only the first hits found (then a
 * theme listed has hits, but its count is not the whole)
 */
public record SearchAnswer(List<Hit> hits, long total, Map<String, Long> themes, String corrected, boolean totalCapped,
		boolean themesCapped) {

	public SearchAnswer {
		hits = List.copyOf(hits);
		themes = Map.copyOf(themes);
	}

	/** An answer counted exactly. */
	public SearchAnswer(List<Hit> hits, long total, Map<String, Long> themes, String corrected) {
		this(hits, total, themes, corrected, false, false);
	}

	/**
	 * One service found.
	 *
	 * @param id service id
	 * @param score relevance blended with closeness, higher first
	 * @param closeness 4 when it serves the person's quartier, 3 the commune, 2 the
	 * bassin, 1 the region, 0 elsewhere, {@code null} when that cannot be decided (or no
	 * place is known)
	 * @param distanceKm distance from the person to its closest place, or {@code null}
	 * @param synonym the thesaurus terms through which it was found ("cgg → ssm"), or
	 * {@code null} when it holds the words as typed
	 * @param row what the page shows of it, read from the index, or {@code null} before
	 * it is read
	 * @param partial whether it holds part of the words only, after the services that
	 * hold enough of them
	 */
	public record Hit(UUID id, double score, Integer closeness, Double distanceKm, String synonym, ShownRow row,
			boolean partial) {

		/** A hit whose row is not read yet. */
		public Hit(UUID id, double score, Integer closeness, Double distanceKm, String synonym) {
			this(id, score, closeness, distanceKm, synonym, null, false);
		}

		/** This hit with what the page shows of it. */
		public Hit with(ShownRow shown) {
			return new Hit(this.id, this.score, this.closeness, this.distanceKm, this.synonym, shown, this.partial);
		}

		/** This hit, found by part of the words only (a lower tier). */
		public Hit asPartial() {
			return new Hit(this.id, this.score, this.closeness, this.distanceKm, this.synonym, this.row, true);
		}

	}

}
