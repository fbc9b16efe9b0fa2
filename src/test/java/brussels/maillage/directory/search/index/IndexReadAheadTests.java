package brussels.maillage.directory.search.index;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import brussels.maillage.directory.search.contract.SearchDocument;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A rebuild reads the services ahead of the indexing, on a thread of its own: every
 * service comes through once, in the order read, and a failure while reading reaches the
 * rebuild instead of leaving it waiting.
 */
class IndexReadAheadTests {

	@Test
	void givesEveryDocumentOnceInTheOrderRead() {
		List<SearchDocument> read = IntStream.range(0, 2_500).mapToObj((i) -> document()).toList();
		List<SearchDocument> given = new ArrayList<>();
		// Fewer waiting than there are documents: the reader waits for the indexing.
		ReadAhead.of(read, 100).forEach(given::add);
		assertThat(given).containsExactlyElementsOf(read);
	}

	@Test
	void givesNothingWhenThereIsNothing() {
		assertThat(ReadAhead.of(List.of(), 10).iterator().hasNext()).isFalse();
	}

	@Test
	void aFailureWhileReadingReachesTheRebuild() {
		SearchDocument first = document();
		Iterable<SearchDocument> failing = () -> new Iterator<>() {

			private boolean given;

			@Override
			public boolean hasNext() {
				if (this.given) {
					throw new IllegalStateException("PostgreSQL went away");
				}
				return true;
			}

			@Override
			public SearchDocument next() {
				this.given = true;
				return first;
			}

		};
		Iterator<SearchDocument> documents = ReadAhead.of(failing, 10).iterator();
		assertThat(documents.next()).isSameAs(first);
		assertThatThrownBy(documents::hasNext).isInstanceOf(IllegalStateException.class)
			.hasMessage("PostgreSQL went away");
	}

	private static SearchDocument document() {
		return new SearchDocument(UUID.randomUUID(), UUID.randomUUID(), "Organisation", Map.of("fr", "Service"),
				Map.of(), List.of(), List.of(), "active", "service", "free", List.of("fr"), List.of(), "REGION",
				List.of(), List.of(), Instant.parse("2026-12-01T10:00:00Z"), List.of(), null, null, List.of());
	}

}
