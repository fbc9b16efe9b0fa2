package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.search.contract.SearchAnswer;
import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.index.ImportedService;

import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.util.BytesRef;

/**
 * Stepped care within a part of the hits: with words, the best few hundred by relevance,
 * each blended with its closeness to the person's place and its distance, so that a local
 * service rises above an equally relevant regional one but not above a clearly better
 * match; browsing, by distance then name.
 */
final class Ranking {

	/** Weight of each level of closeness, against a relevance of 1 for the best match. */
	static final double CLOSENESS_WEIGHT = 0.04;

	/**
	 * Weight of being near the person's point (1 at the door, a half at 1.5 km, a fifth
	 * at 6 km), against a relevance of 1 for the best match: between two about equally
	 * relevant services the nearer comes first, never above a clearly better match.
	 */
	static final double DISTANCE_WEIGHT = 0.08;

	/** Hits re-ranked by relevance and closeness at least. */
	static final int RERANKED = 200;

	private Ranking() {
	}

	/**
	 * A hit ranked.
	 *
	 * @param doc its document in the searcher
	 * @param score relevance blended with closeness
	 * @param synonym the thesaurus terms through which it was found, or {@code null}
	 */
	record Ranked(int doc, String id, double score, Integer closeness, Double distance, SortKey sort, String synonym) {

		Ranked through(String synonym) {
			return new Ranked(this.doc, this.id, this.score, this.closeness, this.distance, this.sort, synonym);
		}

		SearchAnswer.Hit hit() {
			return new SearchAnswer.Hit(UUID.fromString(this.id), Math.round(this.score * 1000) / 1000.0,
					this.closeness, this.distance, this.synonym);
		}

	}

	/**
	 * The first {@code upto} hits of a segment. With words: the best few hundred by
	 * relevance, each blended with its closeness and ordered by that, then distance, then
	 * name. Browsing: by distance when known, then name.
	 */
	static List<Ranked> rank(IndexSearcher searcher, Query query, int upto, SearchRequest request, boolean relevance)
			throws IOException {
		List<Ranked> ranked;
		if (relevance) {
			// Only the best hits are needed, not how many there are: Lucene may skip
			// blocks of hits that cannot enter them from the start (block-max WAND)
			// rather than after counting a thousand.
			int wanted = Math.max(upto, RERANKED);
			TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(wanted, null, wanted));
			float best = (top.scoreDocs.length > 0) ? top.scoreDocs[0].score : 1f;
			ranked = new ArrayList<>(read(searcher, top.scoreDocs, best, request));
			ranked.sort(Comparator.comparingDouble(Ranked::score)
				.reversed()
				.thenComparing(Ranked::distance, Comparator.nullsLast(Comparator.naturalOrder()))
				.thenComparing(Ranked::sort)
				.thenComparing(Ranked::id));
		}
		else {
			List<SortField> order = new ArrayList<>();
			if (request.lat() != null) {
				order.add(LatLonDocValuesField.newDistanceSort("geo", request.lat(), request.lon()));
			}
			order.add(new SortField("sort", SortField.Type.STRING));
			TopDocs top = searcher.search(query,
					new TopFieldCollectorManager(new Sort(order.toArray(SortField[]::new)), upto, null, upto));
			ranked = read(searcher, top.scoreDocs, 0, request);
		}
		return ranked.subList(0, Math.min(upto, ranked.size()));
	}

	/**
	 * The hits with what ranking needs of each, read from doc values leaf by leaf in
	 * document order, returned in the order given.
	 * @param best the best score (relevance is the score relative to it), 0 when browsing
	 */
	private static List<Ranked> read(IndexSearcher searcher, ScoreDoc[] hits, float best, SearchRequest request)
			throws IOException {
		Integer[] order = new Integer[hits.length];
		for (int i = 0; i < order.length; i++) {
			order[i] = i;
		}
		Arrays.sort(order, Comparator.comparingInt((Integer i) -> hits[i].doc));
		Ranked[] ranked = new Ranked[hits.length];
		List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
		Values values = null;
		int leafIndex = -1;
		for (int i : order) {
			int doc = hits[i].doc;
			int leaf = ReaderUtil.subIndex(doc, leaves);
			if (leaf != leafIndex) {
				leafIndex = leaf;
				values = new Values(leaves.get(leaf).reader(), request);
			}
			LeafReaderContext context = leaves.get(leaf);
			double relevance = (best > 0) ? hits[i].score / best : 0;
			ranked[i] = ranked(values, doc - context.docBase, doc, relevance, request);
		}
		return List.of(ranked);
	}

	/**
	 * The doc values of one leaf that ranking reads, with what a hit is compared to
	 * looked up once per leaf: the name of each level's ord, the ords of the person's
	 * codes.
	 */
	private static final class Values {

		final BinaryDocValues id;

		final SortedDocValues level;

		final SortedSetDocValues codes;

		final BinaryDocValues points;

		final SortedDocValues sort;

		/** The level of each ord of {@code level}. */
		final String[] levels;

		/** The ord of the person's quartier, commune and bassin code, -1 when none. */
		final long[] personal = new long[3];

		/** The kinds of service the words name, or {@code null}. */
		final ServiceKinds.Leaf kinds;

		/** The sort names of the leaf read so far, or {@code null}. */
		final SortNames names;

		Values(LeafReader reader, SearchRequest request) throws IOException {
			this.id = DocValues.getBinary(reader, "id");
			this.level = DocValues.getSorted(reader, "level");
			this.codes = DocValues.getSortedSet(reader, "code");
			this.points = DocValues.getBinary(reader, "points");
			this.sort = DocValues.getSorted(reader, "sort");
			this.kinds = ServiceKinds.leaf(request, reader);
			this.names = SortNames.of(reader, this.sort);
			this.levels = new String[this.level.getValueCount()];
			for (int ord = 0; ord < this.levels.length; ord++) {
				this.levels[ord] = this.level.lookupOrd(ord).utf8ToString();
			}
			String[] person = { request.quartier(), request.commune(), request.bassin() };
			for (int i = 0; i < 3; i++) {
				this.personal[i] = (person[i] != null) ? this.codes.lookupTerm(new BytesRef(person[i])) : -1;
			}
		}

		/** Whether the document (just advanced to) holds the person's code at a level. */
		boolean covers(int doc, String level) throws IOException {
			int at = switch (level) {
				case "QUARTIER" -> 0;
				case "COMMUNE" -> 1;
				case "BASSIN" -> 2;
				default -> -1;
			};
			if (at < 0 || this.personal[at] < 0 || !this.codes.advanceExact(doc)) {
				return false;
			}
			for (int i = 0; i < this.codes.docValueCount(); i++) {
				if (this.codes.nextOrd() == this.personal[at]) {
					return true;
				}
			}
			return false;
		}

	}

	private static Ranked ranked(Values values, int doc, int docId, double relevance, SearchRequest request)
			throws IOException {
		values.id.advanceExact(doc);
		BytesRef idValue = values.id.binaryValue();
		ByteBuffer idBytes = ByteBuffer.wrap(idValue.bytes, idValue.offset, 16);
		String id = new UUID(idBytes.getLong(), idBytes.getLong()).toString();
		String level = values.level.advanceExact(doc) ? values.levels[values.level.ordValue()] : "";
		Integer closeness = closeness(level, values.covers(doc, level), request);
		int bonus = (closeness != null) ? closeness
				: (!request.placeKnown() && (level.equals("REGION") || level.equals(ImportedService.UNKNOWN_AREA))) ? 1
						: 0;
		Double distance = null;
		if (request.lat() != null && values.points.advanceExact(doc)) {
			BytesRef bytes = values.points.binaryValue();
			ByteBuffer points = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
			while (points.remaining() >= 16) {
				double km = km(request.lat(), request.lon(), points.getDouble(), points.getDouble());
				distance = (distance == null) ? km : Math.min(distance, km);
			}
		}
		SortKey sort = new SortKey(values.sort, values.sort.advanceExact(doc) ? values.sort.ordValue() : -1,
				values.names);
		double nearness = (distance != null) ? DISTANCE_WEIGHT / (1 + distance / 1.5) : 0;
		double score = relevance + CLOSENESS_WEIGHT * bonus + nearness + ServiceKinds.weight(values.kinds, doc);
		return new Ranked(docId, id, score, closeness, distance, sort, null);
	}

	/**
	 * Kilometres, equirectangular: within metres of the great circle at a region's scale.
	 */
	private static double km(double lat1, double lon1, double lat2, double lon2) {
		double x = (lon2 - lon1) * Math.cos(Math.toRadians(lat1));
		double y = lat2 - lat1;
		return Math.round(111.195 * Math.sqrt(x * x + y * y) * 1000) / 1000.0;
	}

	/**
	 * 4 quartier, 3 commune, 2 bassin, 1 region, 0 elsewhere; {@code null} when the
	 * person's code at the service's level is not known or the area is written in words
	 * the directory cannot read.
	 */
	private static Integer closeness(String level, boolean covers, SearchRequest request) {
		if (!request.placeKnown()) {
			return null;
		}
		return switch (level) {
			case "REGION" -> 1;
			case ImportedService.UNKNOWN_AREA -> null;
			case "QUARTIER" -> (request.quartier() == null) ? null : covers ? 4 : 0;
			case "COMMUNE" -> (request.commune() == null) ? null : covers ? 3 : 0;
			case "BASSIN" -> (request.bassin() == null) ? null : covers ? 2 : 0;
			default -> 0;
		};
	}

}
