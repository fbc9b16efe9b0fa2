package brussels.maillage.directory.search.index;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import brussels.maillage.directory.search.contract.SearchDocument;
import brussels.maillage.directory.search.contract.ShownRow;
import brussels.maillage.directory.search.words.Analysis;
import brussels.maillage.directory.search.words.LabelField;
import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;

/**
 * A service as a Lucene document. Its names, theme labels (with its package terms' names)
 * and texts (description, eligibility, organisation) are each indexed three ways: French
 * (elision, folding, light stemming), Dutch (folding, compound parts, stemming) and exact
 * (folding only); the filters are exact terms and points; what ranking reads of a hit
 * (id, level, area codes, places, sort key) is in doc values, so that no stored document
 * is read during a search; what the page shows of a hit is one binary doc value
 * ({@link ShownRow}).
 */
public final class ServiceDocuments {

	/**
	 * The layout of the documents: an index kept on disk with another layout is built
	 * again. Raise it whenever {@link #document(SearchDocument)} changes what it indexes.
	 */
	static final String LAYOUT = "8";

	/**
	 * What the page and the API's list show of the service ({@link ShownRow}): one binary
	 * doc value, read for the page's hits only.
	 */
	public static final String ROW = "row";

	private static final int MINUTES_PER_DAY = 24 * 60;

	/** Theme labels normalized, by label as given. */
	private static final Map<String, String> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

	/**
	 * Text searched word by word, never as a phrase (phrases are searched in the exact
	 * names and texts only): frequencies and norms for BM25, no positions, which makes
	 * the index smaller and faster to build.
	 */
	private static final FieldType WITHOUT_POSITIONS = withoutPositions();

	private ServiceDocuments() {
	}

	private static FieldType withoutPositions() {
		FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
		type.freeze();
		return type;
	}

	static Document document(SearchDocument service) {
		Document doc = new Document();
		doc.add(new StringField("id", service.id().toString(), Field.Store.NO));
		doc.add(new BinaryDocValuesField("id",
				new BytesRef(ByteBuffer.allocate(16)
					.putLong(service.id().getMostSignificantBits())
					.putLong(service.id().getLeastSignificantBits())
					.array())));
		// The languages each text is really in: a text given in one language and written
		// in the other (or both) is analysed in each, and so is the name given with it.
		// Each text normalized once, the language read from that.
		Map<String, String> texts = plain(service.texts(), false);
		Map<String, Set<String>> written = new HashMap<>();
		texts.forEach((language, text) -> written.put(language, TextLanguages.ofNormalized(text)));
		addTexts(doc, "name", plain(service.names(), false), written);
		addOtherNames(doc, "name", service.alternateNames());
		for (Map<String, String> theme : service.themes()) {
			addTexts(doc, "theme", plain(theme, true), Map.of());
		}
		addTermLabels(doc, service);
		addTexts(doc, "body", texts, written);
		if (service.organization() != null) {
			doc.add(new TextField("body" + Analysis.EXACT, Words.normalize(service.organization()), Field.Store.NO));
		}
		if (service.program() != null) {
			addOtherNames(doc, "body", java.util.List.of(service.program()));
		}
		for (String code : service.themeCodes()) {
			doc.add(new StringField("theme", code, Field.Store.NO));
			doc.add(new SortedSetDocValuesField("theme", new BytesRef(code)));
		}
		doc.add(new StringField("status", service.status(), Field.Store.NO));
		doc.add(new StringField("kind", service.kind(), Field.Store.NO));
		doc.add(new StringField("cost", service.cost(), Field.Store.NO));
		doc.add(new StringField("org", service.organizationId().toString(), Field.Store.NO));
		service.languages().forEach((language) -> doc.add(new StringField("lang", language, Field.Store.NO)));
		service.audiences().forEach((audience) -> doc.add(new StringField("audience", audience, Field.Store.NO)));
		addArea(doc, service);
		doc.add(new LongPoint("modified", service.modified().toEpochMilli()));
		addOpen(doc, service);
		service.terms().forEach((term) -> doc.add(new StringField("term", term, Field.Store.NO)));
		doc.add(new IntPoint("min_age", (service.minimumAge() != null) ? service.minimumAge() : 0));
		doc.add(new IntPoint("max_age", (service.maximumAge() != null) ? service.maximumAge() : 999));
		String sort = sortName(service.names());
		doc.add(new SortedDocValuesField("sort", new BytesRef(sort)));
		doc.add(new BinaryDocValuesField(ROW, new BytesRef(ShownRow.of(service).encode())));
		return doc;
	}

	/** The service's area (level and codes) and its places. */
	private static void addArea(Document doc, SearchDocument service) {
		String level = service.areaLevel();
		doc.add(new StringField("level", level, Field.Store.NO));
		doc.add(new SortedDocValuesField("level", new BytesRef(level)));
		if (level.equals("REGION")) {
			doc.add(new StringField("area", "REGION", Field.Store.NO));
		}
		for (String code : service.areaCodes()) {
			doc.add(new StringField("area", level + ":" + code, Field.Store.NO));
			doc.add(new SortedSetDocValuesField("code", new BytesRef(code)));
		}
		ByteBuffer points = ByteBuffer.allocate(16 * service.points().size());
		for (double[] point : service.points()) {
			doc.add(new LatLonDocValuesField("geo", point[0], point[1]));
			points.putDouble(point[0]).putDouble(point[1]);
		}
		if (!service.points().isEmpty()) {
			doc.add(new BinaryDocValuesField("points", new BytesRef(points.array())));
		}
	}

	/** The opening hours as ranges of minutes of the week and days of validity. */
	private static void addOpen(Document doc, SearchDocument service) {
		for (int[] open : service.open()) {
			// Two dimensions: the minutes of the week, and the days the schedule is
			// valid (HSDS valid_from, valid_to).
			int from = (open.length > 2) ? open[2] : Integer.MIN_VALUE;
			int to = (open.length > 3) ? open[3] : Integer.MAX_VALUE;
			if (open[0] <= open[1]) {
				doc.add(new IntRange("open", new int[] { open[0], from }, new int[] { open[1], to }));
				continue;
			}
			// Open past midnight (a night shelter from 20:00 to 08:00): until the end of
			// that day, then from the next day's start (Monday after Sunday) to the
			// closing time, on the day after each valid day.
			int dayEnd = (open[0] / MINUTES_PER_DAY + 1) * MINUTES_PER_DAY;
			int closes = open[1] - (dayEnd - MINUTES_PER_DAY);
			int nextDay = dayEnd % (7 * MINUTES_PER_DAY);
			doc.add(new IntRange("open", new int[] { open[0], from }, new int[] { dayEnd - 1, to }));
			if (closes >= 0) {
				doc.add(new IntRange("open", new int[] { nextDay, dayAfter(from) },
						new int[] { nextDay + closes, dayAfter(to) }));
			}
		}
	}

	/** The day after an epoch day, open ends staying open. */
	private static int dayAfter(int day) {
		return (day == Integer.MIN_VALUE || day == Integer.MAX_VALUE) ? day : day + 1;
	}

	private static String sortName(Map<String, String> names) {
		String name = names.getOrDefault("fr",
				names.getOrDefault("nl", names.values().stream().findFirst().orElse("")));
		return Words.normalize(name);
	}

	/**
	 * The names of the service's own package terms (a publisher's classification:
	 * "Logopédie", "Schuldbemiddeling"), searched as theme labels. A package term carries
	 * no language, so each name goes to the French, Dutch and exact fields: its words are
	 * found whichever analyser fits them. A name that is already one of its themes'
	 * labels (a term the crosswalk matched by label) is not counted twice.
	 */
	private static void addTermLabels(Document doc, SearchDocument service) {
		if (service.termLabels().isEmpty()) {
			return;
		}
		Set<String> known = new HashSet<>();
		service.themes().forEach((theme) -> theme.values().forEach((label) -> known.add(label(label))));
		for (String label : service.termLabels()) {
			String plain = Words.normalize(label);
			if (plain.isBlank() || !known.add(plain)) {
				continue;
			}
			doc.add(new Field("theme" + Analysis.FR, plain, WITHOUT_POSITIONS));
			doc.add(new Field("theme" + Analysis.NL, plain, WITHOUT_POSITIONS));
			doc.add(new Field("theme" + Analysis.EXACT, plain, WITHOUT_POSITIONS));
		}
	}

	/**
	 * Names without a language (HSDS {@code alternate_name}: "SSM Le Méridien", "CGG
	 * ..."; a program's name) in the French, Dutch and exact fields of {@code group}, the
	 * exact one with positions like the names and texts given in a language.
	 */
	private static void addOtherNames(Document doc, String group, java.util.List<String> names) {
		for (String name : names) {
			String plain = Words.normalize(name);
			if (!plain.isBlank()) {
				doc.add(new Field(group + Analysis.FR, plain, WITHOUT_POSITIONS));
				doc.add(new Field(group + Analysis.NL, plain, WITHOUT_POSITIONS));
				doc.add(new TextField(group + Analysis.EXACT, plain, Field.Store.NO));
			}
		}
	}

	/**
	 * The texts given (not blank), normalized ({@link Words#normalize}), in their order;
	 * theme labels ({@code labels}), the same few for every service, through
	 * {@link #LABELS}.
	 */
	private static Map<String, String> plain(Map<String, String> texts, boolean labels) {
		Map<String, String> plain = new java.util.LinkedHashMap<>();
		texts.forEach((language, text) -> {
			if (text != null && !text.isBlank()) {
				plain.put(language, labels ? label(text) : Words.normalize(text));
			}
		});
		return plain;
	}

	/** A theme label normalized, kept: the labels are the same for every service. */
	private static String label(String label) {
		String plain = LABELS.get(label);
		if (plain == null) {
			if (LABELS.size() > 10_000) {
				LABELS.clear();
			}
			plain = Words.normalize(label);
			LABELS.put(label, plain);
		}
		return plain;
	}

	/**
	 * French text in the French and exact fields, Dutch in the Dutch and exact, others
	 * exact; a text whose language's slot is evidently written (also) in French or Dutch
	 * ({@code written}, by the language it was given in) in those fields too.
	 * @param texts the texts by language, normalized and not blank ({@link #plain})
	 */
	private static void addTexts(Document doc, String group, Map<String, String> texts,
			Map<String, Set<String>> written) {
		if (group.equals("theme")) {
			// The same few labels for every service: analysed once (LabelField).
			texts.forEach((language, plain) -> {
				if (language.equals("fr")) {
					doc.add(new LabelField(group + Analysis.FR, plain, WITHOUT_POSITIONS));
				}
				if (language.equals("nl")) {
					doc.add(new LabelField(group + Analysis.NL, plain, WITHOUT_POSITIONS));
				}
				doc.add(new LabelField(group + Analysis.EXACT, plain, WITHOUT_POSITIONS));
			});
			return;
		}
		texts.forEach((language, plain) -> {
			Set<String> languages = written.getOrDefault(language, Set.of());
			if (language.equals("fr") || languages.contains("fr")) {
				doc.add(new Field(group + Analysis.FR, plain, WITHOUT_POSITIONS));
			}
			if (language.equals("nl") || languages.contains("nl")) {
				doc.add(new Field(group + Analysis.NL, plain, WITHOUT_POSITIONS));
			}
			doc.add(new TextField(group + Analysis.EXACT, plain, Field.Store.NO));
		});
	}

}
