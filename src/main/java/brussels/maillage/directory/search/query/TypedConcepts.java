package brussels.maillage.directory.search.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.EnglishWords;
import brussels.maillage.directory.search.words.Thesaurus;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;

/**
 * The concepts of one typed text ({@link Coverage}), read unit by unit by
 * {@link WordQueries}: each unit of the need (a word, or a thesaurus mention with its
 * equivalents and broader terms, counted once) weighs 1, a common one or a word of every
 * kind of help less; each group the help is for (named in whatever words, or of the age
 * typed: {@link Intents}) weighs {@link #WHO_WEIGHT}.
 */
final class TypedConcepts {

	/**
	 * Weight of who the help is for against a concept of the help itself: a service
	 * answering only the help ("logopède" for everyone) comes before one answering only
	 * who it is for (a children's service of another kind).
	 */
	static final float WHO_WEIGHT = 0.5f;

	/**
	 * Weight of a common word of the need ({@link Units#COMMON_SHARE}), or of a word of
	 * every kind of help.
	 */
	static final float COMMON_WEIGHT = 0.5f;

	/**
	 * French and Dutch words of every kind of help, as {@link EnglishWords#isGeneric} for
	 * English ("soutien aux aidants proches", "ondersteuning mantelzorgers": who the help
	 * is for is the need).
	 */
	private static final Set<String> GENERIC = Set.of("aide", "aides", "soutien", "accompagnement", "conseil",
			"conseils", "soins", "assistance", "service", "services", "personne", "personnes", "patient", "patients",
			"probleme", "problemes", "hulp", "steun", "ondersteuning", "begeleiding", "advies", "zorg", "bijstand",
			"dienst", "diensten", "persoon", "personen", "patienten", "probleem", "problemen");

	private final int services;

	private final Thesaurus thesaurus;

	private final List<Query> needs = new ArrayList<>();

	/** The thesaurus group of each need, -1 for a word. */
	private final List<Integer> groups = new ArrayList<>();

	private final List<Float> weights = new ArrayList<>();

	private final List<Unit> units = new ArrayList<>();

	private record Unit(Query query, boolean optional, boolean who) {
	}

	TypedConcepts(int services) {
		this(services, Thesaurus.EMPTY);
	}

	TypedConcepts(int services, Thesaurus thesaurus) {
		this.services = services;
		this.thesaurus = thesaurus;
	}

	/**
	 * A unit of the need (not a cost or time word, not words naming who the help is for);
	 * a common one ({@link Units#COMMON_SHARE}), or a word of every kind of help, weighs
	 * {@link #COMMON_WEIGHT}.
	 * @param word the word typed, or the words of a thesaurus mention
	 */
	void need(Query unit, String word) {
		need(unit, word, -1);
	}

	/**
	 * A unit of the need, as {@link #need(Query, String)}; a mention of a thesaurus group
	 * already typed, or of a group broader or narrower than it, is one concept with it:
	 * "walk in, no appointment", "forms and paperwork", "addiction, alcohol" count once,
	 * answered by either.
	 * @param group the thesaurus group of a mention, or -1
	 */
	void need(Query unit, String word, int group) {
		boolean common = this.services > 0 && Units.docFreq(unit) > Units.COMMON_SHARE * this.services;
		boolean generic = word != null && (GENERIC.contains(word) || EnglishWords.isGeneric(word));
		float weight = (common || generic) ? COMMON_WEIGHT : 1f;
		for (int k = 0; group >= 0 && k < this.groups.size(); k++) {
			int other = this.groups.get(k);
			if (other < 0 || !ConceptGroups.related(this.thesaurus, other, group)) {
				continue;
			}
			this.needs.set(k,
					new BooleanQuery.Builder().add(this.needs.get(k), Occur.SHOULD).add(unit, Occur.SHOULD).build());
			this.weights.set(k, Math.max(this.weights.get(k), weight));
			return;
		}
		this.needs.add(unit);
		this.groups.add(group);
		this.weights.add(weight);
	}

	/**
	 * A unit of the query, in the order typed.
	 * @param optional whether it is a cost or time word, or a word of every kind of help
	 * @param who whether its words name who the help is for
	 */
	void unit(Query unit, boolean optional, boolean who) {
		this.units.add(new Unit(unit, optional, who));
	}

	/**
	 * The units into {@code units}: the words naming who the help is for weigh
	 * {@link #WHO_WEIGHT} when a need's word that is not common was typed too (the
	 * services meant for the group also rank higher, see {@link Intents}).
	 */
	void units(Units units) {
		boolean needTyped = this.weights.contains(1f);
		for (Unit unit : this.units) {
			Query query = (unit.who() && needTyped) ? new BoostQuery(unit.query(), WHO_WEIGHT) : unit.query();
			units.add(query, unit.optional());
		}
	}

	/**
	 * {@code query} times the coverage of the need's units and of {@code groups}, or
	 * {@code query} itself when fewer than two concepts were typed.
	 */
	Query around(Query query, List<Query> groups) {
		List<Query> all = new ArrayList<>(this.needs);
		all.addAll(groups);
		float[] weights = new float[all.size()];
		for (int i = 0; i < weights.length; i++) {
			weights[i] = (i < this.needs.size()) ? this.weights.get(i) : WHO_WEIGHT;
		}
		return (all.size() < 2) ? query : new Coverage(query, all, weights);
	}

}
