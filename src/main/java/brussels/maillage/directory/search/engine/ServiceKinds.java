package brussels.maillage.directory.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import brussels.maillage.directory.search.contract.SearchRequest;
import brussels.maillage.directory.search.contract.ShownRow;
import brussels.maillage.directory.search.index.ServiceDocuments;
import brussels.maillage.directory.search.words.Words;

import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.BytesRef;

/**
 * A kind of service or a profession typed as professionals write it ("SSM", "MM", "CPAS",
 * "OCMW", "CGG", "WGC", "huisarts", "kiné", "logo", "psy"), read as the kind of the
 * service sought: a service whose name or organisation's name says it is of that kind
 * ("Service de santé mentale d'Anderlecht", "CPAS de Schaerbeek", "Maison médicale de la
 * Vaillance") is of the kind asked, and ranks above a service that only mentions the word
 * in its description (a palliative team supporting "le médecin généraliste", a dentist
 * reached "via het OCMW"). The acronym typed keeps its language's sibling apart: "SSM"
 * reads the French services de santé mentale, "CGG" the Dutch centra voor geestelijke
 * gezondheidszorg, "mental health centre" both.
 */
final class ServiceKinds {

	/**
	 * What being of the kind asked adds to a hit, against a relevance of 1 for the best
	 * match and 0.04 a level of closeness ({@link Ranking}): a service of the kind passes
	 * the services that only mention it or that are of its sibling kind (a CGG found for
	 * "SSM" through the thesaurus), and a local one of the kind still passes a regional
	 * one of the kind. Measured at 0.25, 0.4 and 0.7 on every judged set: 0.7 is as good
	 * or better on each (docs/benchmarks.md, session 21).
	 */
	static final double WEIGHT = 0.7;

	/** The markers of services de santé mentale. */
	private static final List<String> SSM = List.of("ssm", "sante mentale", "service de sante mentale");

	/** The markers of centra voor geestelijke gezondheidszorg. */
	private static final List<String> CGG = List.of("cgg", "geestelijke gezondheid", "geestelijke gezondheidszorg");

	/** The markers of maisons médicales and wijkgezondheidscentra. */
	private static final List<String> MEDICAL_HOUSE = List.of("maison medicale", "maisons medicales",
			"wijkgezondheidscentrum", "wgc", "centre de sante", "centre de sante integre");

	/**
	 * The kinds: the words that name one in a query, the words that mark a service of it.
	 */
	private static final List<Kind> KINDS = List.of(
			kind(List.of("ssm", "service de sante mentale", "services de sante mentale", "centre de sante mentale"),
					SSM),
			kind(List.of("cgg", "centrum geestelijke gezondheidszorg", "centrum voor geestelijke gezondheidszorg"),
					CGG),
			kind(List.of("mental health centre", "mental health center", "mental health service"), SSM, CGG),
			kind(List.of("mm", "maison medicale", "maisons medicales", "wgc", "wijkgezondheidscentrum",
					"wijkgezondheidscentra", "centre de sante integre", "community health centre",
					"community health center", "medical house"), MEDICAL_HOUSE),
			kind(List.of("gp", "mg", "huisarts", "huisartsen", "huisdokter", "generaliste", "generalistes",
					"medecin generaliste", "medecins generalistes", "medecin traitant", "general practitioner",
					"family doctor", "gp practice"), MEDICAL_HOUSE,
					List.of("medecine generale", "huisarts", "huisartsen", "huisartsenpraktijk", "cabinet medical")),
			kind(List.of("cpas", "ocmw", "centre public d action sociale",
					"openbaar centrum voor maatschappelijk welzijn", "public social welfare centre"),
					List.of("cpas", "ocmw")),
			kind(List.of("kine", "kines", "kinesitherapeute", "kinesitherapeutes", "kinesitherapie", "kinesist",
					"kinesitherapeut", "kinesitherapeuten", "physiotherapist", "physiotherapy", "physio"),
					List.of("kine", "kinesitherap", "physiotherap")),
			kind(List.of("logo", "logopede", "logopedes", "logopedie", "logopedist", "logopedisten", "speech therapist",
					"speech therapy"), List.of("logoped", "speech therap")),
			kind(List.of("psy", "psychologue", "psychologues", "psycholoog", "psychologen", "psychologist"), SSM, CGG,
					List.of("psycholog", "psychotherap")));

	/** Names of on-call lines: of no kind of practice ("garde de médecine générale"). */
	private static final List<String> ON_CALL = List.of("garde", "wachtdienst", "wachtpost", "on call");

	private final List<List<String>> markers;

	private ServiceKinds(List<List<String>> markers) {
		this.markers = markers;
	}

	/**
	 * The kinds named in the words to search, or {@code null} when they name none.
	 * @param text the words to search (the place read in the text taken out), or
	 * {@code null}
	 */
	static ServiceKinds read(String text) {
		if (text == null) {
			return null;
		}
		List<String> words = Words.of(text);
		List<List<String>> markers = new ArrayList<>();
		for (Kind kind : KINDS) {
			if (kind.triggers().stream().anyMatch((trigger) -> at(words, trigger, false) >= 0)) {
				markers.addAll(kind.markers());
			}
		}
		return markers.isEmpty() ? null : new ServiceKinds(markers);
	}

	/**
	 * Whether a service's names or organisation's name say it is of a kind read (a
	 * marker's words in a row, each the start of a word of the name; an on-call line is
	 * of none).
	 */
	boolean marks(List<String> names) {
		for (String name : names) {
			if (name == null || name.isBlank()) {
				continue;
			}
			List<String> words = Words.of(name);
			if (ON_CALL.stream().anyMatch((line) -> at(words, Words.of(line), true) >= 0)) {
				return false;
			}
			for (List<String> marker : this.markers) {
				if (at(words, marker, true) >= 0) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * What being of a kind read adds to a document of a leaf (advanced in increasing
	 * order), 0 when the words name no kind.
	 */
	static double weight(Leaf kinds, int doc) throws IOException {
		return (kinds != null && kinds.marks(doc)) ? WEIGHT : 0;
	}

	/**
	 * The kinds the words to search name, over one leaf of the index, or {@code null}
	 * when they name none or when the text names no place: a kind and a place typed
	 * together ("SSM anderlecht") ask for the services of that kind there, while a kind
	 * typed with a need and no place ("médecin généraliste pour sans-papiers") is one
	 * concept of the need among others.
	 */
	static Leaf leaf(SearchRequest request, LeafReader reader) throws IOException {
		ServiceKinds kinds = (request.placeWords() != null) ? read(request.text()) : null;
		return (kinds != null) ? new Leaf(kinds, DocValues.getBinary(reader, ServiceDocuments.ROW)) : null;
	}

	/** The kinds read, over the rows of one leaf ({@link ShownRow}). */
	static final class Leaf {

		private final ServiceKinds kinds;

		private final BinaryDocValues rows;

		Leaf(ServiceKinds kinds, BinaryDocValues rows) {
			this.kinds = kinds;
			this.rows = rows;
		}

		/**
		 * Whether the document's names or organisation's name say it is of a kind read.
		 */
		boolean marks(int doc) throws IOException {
			if (!this.rows.advanceExact(doc)) {
				return false;
			}
			BytesRef bytes = this.rows.binaryValue();
			ShownRow row = ShownRow.decode(bytes.bytes, bytes.offset, bytes.length);
			return this.kinds
				.marks(java.util.Arrays.asList(row.name().fr(), row.name().nl(), row.name().en(), row.organization()));
		}

	}

	/**
	 * Where {@code phrase} starts in {@code words}, or -1; with {@code prefix}, a word of
	 * four letters or more of the phrase may start a longer word.
	 */
	private static int at(List<String> words, List<String> phrase, boolean prefix) {
		for (int i = 0; i + phrase.size() <= words.size(); i++) {
			boolean all = true;
			for (int k = 0; k < phrase.size() && all; k++) {
				String word = words.get(i + k);
				String part = phrase.get(k);
				all = word.equals(part) || (prefix && part.length() >= 4 && word.startsWith(part));
			}
			if (all) {
				return i;
			}
		}
		return -1;
	}

	@SafeVarargs
	private static Kind kind(List<String> triggers, List<String>... markers) {
		List<List<String>> marks = new ArrayList<>();
		for (List<String> list : markers) {
			list.forEach((marker) -> marks.add(Words.of(marker)));
		}
		return new Kind(triggers.stream().map(Words::of).toList(), List.copyOf(marks));
	}

	/** A kind: the words that name it in a query, the words that mark its services. */
	private record Kind(List<List<String>> triggers, List<List<String>> markers) {
	}

}
