package brussels.maillage.directory.search.place;

import java.util.ArrayList;
import java.util.List;

import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.FrenchWords;
import brussels.maillage.directory.search.words.Words;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * How French and Dutch sentences typed in haste are read (issue 17, session 20): the
 * abbreviations of a message and the verbs of a request are not searched, nor the Dutch
 * words of a request; a name of kin typed without a possessive is a person, not a need; a
 * commune is read with "st" for "saint". Written from the languages, not from a judged
 * set.
 */
class FrenchDutchReadingTests {

	@Test
	void theAbbreviationsOfAMessageAndTheVerbsOfARequestAreFillers() {
		for (String word : Words.of("pr qqn qqch ds bcp prend accepte appeler contacter nouveaux")) {
			assertThat(FrenchWords.isFiller(word)).as(word).isTrue();
		}
		for (String word : Words.of("waar komen vinden zoeken gezet meneer mevrouw dringend")) {
			assertThat(FrenchWords.isFiller(word)).as(word).isTrue();
		}
		// Words that carry a need stay searched.
		for (String word : Words.of("wonen thuis dag persoon personne nuit parler praten")) {
			assertThat(FrenchWords.isFiller(word)).as(word).isFalse();
		}
	}

	@Test
	void aNameOfKinWithoutAPossessiveIsAPersonNotANeed() {
		assertThat(Intents.read(Words.of("MR/MRS pour maman qui a alzheimer")).words()).doesNotContain("maman", "pour");
		assertThat(Intents.read(Words.of("thuiszorg voor mama")).words()).containsExactly("thuiszorg");
		// A mother as a parent stays (who the help is for), and so does a grandparent.
		assertThat(Intents.read(Words.of("cours de français pour une maman primo-arrivante")).words())
			.contains("maman");
		assertThat(Intents.read(Words.of("garde malade pour ma grand-mère")).words()).contains("grand", "mere");
		assertThat(Intents.read(Words.of("aide pour mon petit-fils")).words()).containsExactly("aide");
	}

	@Test
	void aCommuneIsReadWithSaintAbbreviated() {
		List<QueryReader.Named> places = new ArrayList<>(
				List.of(new QueryReader.Named(Words.of("Saint-Gilles"), "21013", "SUD", "21013"),
						new QueryReader.Named(Words.of("Woluwe-Saint-Lambert"), "21018", "SUD_EST", "21018"),
						new QueryReader.Named(Words.of("Sint-Agatha-Berchem"), "21003", "NORD", "21003"),
						new QueryReader.Named(Words.of("Berchem-Sainte-Agathe"), "21003", "NORD", "21003")));
		PlaceNames.addAbbreviated(places);
		QueryReader reader = new QueryReader(places);
		assertThat(reader.read("dentiste a st gilles").place().commune()).isEqualTo("21013");
		assertThat(reader.read("dentiste a st gilles").text()).isEqualTo("dentiste");
		assertThat(reader.read("repas woluwe st lambert").place().commune()).isEqualTo("21018");
		assertThat(reader.read("huisarts st agatha berchem").place().commune()).isEqualTo("21003");
		assertThat(reader.read("colis berchem ste agathe").place().commune()).isEqualTo("21003");
		assertThat(reader.read("st vincent de paul").place()).isNull();
	}

}
