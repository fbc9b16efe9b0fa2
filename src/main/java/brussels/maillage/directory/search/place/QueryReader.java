package brussels.maillage.directory.search.place;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;

/**
 * Query understanding: finds in typed text the person's place (a commune, a
 * sub-municipality or a bassin named in French or Dutch, with or without accents or
 * dashes, or a Brussels postcode), and takes it out of the words to search. An age in the
 * text ranks services rather than filtering them: {@code intents.Intents} reads it.
 */
public final class QueryReader {

	private static final Pattern POSTCODE = Pattern.compile("(?<![\\p{L}\\p{N}])(1[0-2]\\d\\d)(?![\\p{L}\\p{N}])");

	private final List<Named> places;

	private final Set<String> words;

	/** A reader of these places' names. */
	public QueryReader(List<Named> places) {
		this.places = places.stream()
			.filter((place) -> !place.words().isEmpty())
			.sorted(Comparator.comparingInt((Named place) -> place.words().size()).reversed())
			.toList();
		this.words = this.places.stream()
			.flatMap((place) -> place.words().stream())
			.filter((word) -> word.length() >= 4)
			.collect(Collectors.toUnmodifiableSet());
	}

	/**
	 * The words of the places' names (of four letters or more): a word typed outside the
	 * directory's vocabulary is never respelled into one ("laver" is not Laeken's
	 * "laken").
	 */
	public Set<String> placeWords() {
		return this.words;
	}

	/** What typed text says besides the words to search. */
	public Reading read(String text) {
		String rest = text;
		String postcode = null;
		Matcher postcodeMatch = POSTCODE.matcher(rest);
		if (postcodeMatch.find()) {
			postcode = postcodeMatch.group(1);
			rest = rest.substring(0, postcodeMatch.start()) + " " + rest.substring(postcodeMatch.end());
		}
		List<String> words = new ArrayList<>(Words.of(rest));
		Named found = null;
		for (int i = 0; i < words.size() && found == null; i++) {
			for (Named place : this.places) {
				if (matches(words, i, place.words())) {
					found = place;
					words.subList(i, i + place.words().size()).clear();
					// "à Jette", "in Jette", "te Jette": the word before the place goes
					// too.
					if (i > 0 && List.of("a", "au", "aux", "in", "te", "op", "at", "sur", "de", "uit", "from", "en")
						.contains(words.get(i - 1))) {
						words.remove(i - 1);
					}
					break;
				}
			}
		}
		if (found == null && postcode == null) {
			return new Reading(text, null, null);
		}
		String remaining = String.join(" ", words).strip();
		return new Reading(remaining.isEmpty() ? null : remaining, found, postcode);
	}

	/**
	 * The words to search with the place's words put back where they complete a thesaurus
	 * term: a name that holds a place ("Logo Brussel", a partner organisation, not a
	 * speech therapist in Brussels) is read whole. The place stays the person's place;
	 * only the words searched change.
	 * @param placeWords the place read in the text, or {@code null}
	 */
	public static String withPlaceInTerm(String text, String placeWords, Thesaurus thesaurus) {
		if (placeWords == null) {
			return text;
		}
		List<String> words = Words.of(text);
		List<String> place = Words.of(placeWords);
		List<String> after = new ArrayList<>(words);
		after.addAll(place);
		List<String> before = new ArrayList<>(place);
		before.addAll(words);
		if (thesaurus.find(after)
			.stream()
			.anyMatch((mention) -> mention.start() < words.size() && mention.end() > words.size())) {
			return text + " " + placeWords;
		}
		if (thesaurus.find(before)
			.stream()
			.anyMatch((mention) -> mention.start() < place.size() && mention.end() > place.size())) {
			return placeWords + " " + text;
		}
		return text;
	}

	private static boolean matches(List<String> words, int at, List<String> name) {
		if (at + name.size() > words.size()) {
			return false;
		}
		for (int k = 0; k < name.size(); k++) {
			if (!words.get(at + k).equals(name.get(k))) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A place a person may name.
	 *
	 * @param words its name as words (see {@link Words#of(String)})
	 * @param commune the NIS code of its commune, or {@code null} for a bassin
	 * @param bassin its bassin's code, or {@code null} when it has none or several
	 * @param key what it is, to show it: a commune's NIS code, a sub-municipality's or a
	 * bassin's code
	 */
	public record Named(List<String> words, String commune, String bassin, String key) {

		public Named {
			words = List.copyOf(words);
		}

	}

	/**
	 * Typed text read.
	 *
	 * @param text the words to search, or {@code null} when nothing is left
	 * @param place the place named, or {@code null}
	 * @param postcode a Brussels postcode typed, or {@code null}
	 */
	public record Reading(String text, Named place, String postcode) {

		/** Whether the text named a place or a postcode. */
		public boolean placed() {
			return this.place != null || this.postcode != null;
		}

	}

}
