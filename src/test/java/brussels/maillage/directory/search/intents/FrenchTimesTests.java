package brussels.maillage.directory.search.intents;

import brussels.maillage.directory.search.words.Words;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time of day or the day of the week typed with a need ranks but is not needed (issue
 * 17, session 18): written from the language, not from a judged set.
 */
class FrenchTimesTests {

	@Test
	void aTimeOfDayOrADayIsOptional() {
		Intents.Read read = Intents.read(Words.of("restaurant social le midi"));
		assertThat(read.words()).containsExactly("restaurant", "social", "le", "midi");
		assertThat(read.optional(0)).isFalse();
		assertThat(read.optional(1)).isFalse();
		assertThat(read.optional(3)).isTrue();
		Intents.Read weekend = Intents.read(Words.of("permanence sociale le week-end"));
		assertThat(weekend.optional(3)).isTrue();
		assertThat(weekend.optional(4)).isTrue();
		assertThat(Intents.read(Words.of("pharmacie de garde dimanche")).optional(3)).isTrue();
	}

	@Test
	void itIsNoWishForACheapServiceNorForTheNight() {
		Intents.Read read = Intents.read(Words.of("épicerie sociale samedi matin"));
		assertThat(read.cost()).isFalse();
		assertThat(read.night()).isFalse();
	}

}
