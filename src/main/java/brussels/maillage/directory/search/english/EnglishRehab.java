package brussels.maillage.directory.search.english;

import java.util.List;
import java.util.Set;

import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;

/**
 * "Rehab" typed in English beside an addiction (issue 17, session 21): "rehab for
 * alcoholics" asks for the treatment of the addiction, not for physical rehabilitation
 * (rééducation, revalidatie), the group the word is in. There the word only ranks and the
 * addiction is what must be found.
 */
final class EnglishRehab {

	/** The English words of the rehabilitation group read so. */
	private static final Set<String> WORDS = Set.of("rehab", "rehabilitation");

	/** A term of the rehabilitation group. */
	private static final String REHABILITATION = "revalidatie";

	/** A term of each addiction's group. */
	private static final List<String> ADDICTIONS = List.of("alcoholism", "alcohol addiction", "verslaving",
			"gokverslaving");

	private EnglishRehab() {
	}

	/** Whether the mention is "rehab" typed beside an addiction's mention. */
	static boolean besideAnAddiction(Thesaurus thesaurus, List<Thesaurus.Mention> mentions, Thesaurus.Mention mention) {
		if (!WORDS.contains(mention.typed()) || !thesaurus.terms(mention.group()).contains(List.of(REHABILITATION))) {
			return false;
		}
		return mentions.stream()
			.filter((other) -> other != mention)
			.anyMatch((other) -> ADDICTIONS.stream()
				.anyMatch((term) -> thesaurus.terms(other.group()).contains(Words.of(term))));
	}

}
