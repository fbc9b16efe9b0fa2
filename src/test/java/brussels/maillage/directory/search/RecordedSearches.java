package brussels.maillage.directory.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import brussels.maillage.directory.search.contract.SearchRequest;

/**
 * The engine's requests of a benchmark run and the thesaurus, written to a file so that
 * the engine alone can replay them on the run's index folder
 * ({@link EngineReplayBenchmark}) without the application, its database or its place
 * resolver: one line per search, its kind then the request's fields separated by tabs
 * ({@code \N} for none), and one line per thesaurus group ({@code #} then its terms).
 */
final class RecordedSearches {

	private static final String NONE = "\\N";

	/** A recorded search: its kind (fr, nl, name, typo, browse) and the request. */
	record Search(String kind, SearchRequest request) {
	}

	/** What a file holds. */
	record Recorded(List<Search> searches, List<List<String>> thesaurus) {
	}

	private RecordedSearches() {
	}

	static void write(Path file, List<Search> searches, List<List<String>> thesaurus) throws IOException {
		List<String> lines = new ArrayList<>();
		for (List<String> group : thesaurus) {
			lines.add("#\t" + String.join("\t", group));
		}
		for (Search search : searches) {
			SearchRequest r = search.request();
			lines.add(String.join("\t", search.kind(), text(r.text()), text(r.theme()), text(r.language()),
					String.valueOf(r.accessibleOnly()), text(r.kind()), text(r.organizationId()),
					text(r.modifiedAfter()), text(r.audience()), text(r.openMinute()), text(r.age()),
					text(r.quartier()), text(r.commune()), text(r.bassin()), text(r.lat()), text(r.lon()),
					String.valueOf(r.offset()), String.valueOf(r.size()), String.valueOf(r.facets()), text(r.term()),
					text(r.openDay())));
		}
		Files.createDirectories(file.toAbsolutePath().getParent());
		Files.write(file, lines);
	}

	static Recorded read(Path file) throws IOException {
		List<Search> searches = new ArrayList<>();
		List<List<String>> thesaurus = new ArrayList<>();
		for (String line : Files.readAllLines(file)) {
			String[] f = line.split("\t", -1);
			if (f[0].equals("#")) {
				thesaurus.add(List.of(Arrays.copyOfRange(f, 1, f.length)));
				continue;
			}
			searches.add(new Search(f[0], new SearchRequest(value(f[1]), value(f[2]), value(f[3]),
					Boolean.parseBoolean(f[4]), value(f[5]), of(f[6], UUID::fromString), of(f[7], Instant::parse),
					value(f[8]), of(f[9], Integer::valueOf), of(f[10], Integer::valueOf), value(f[11]), value(f[12]),
					value(f[13]), of(f[14], Double::valueOf), of(f[15], Double::valueOf), Integer.parseInt(f[16]),
					Integer.parseInt(f[17]), Boolean.parseBoolean(f[18]), value(f[19]), of(f[20], Integer::valueOf))));
		}
		return new Recorded(searches, thesaurus);
	}

	private static String text(Object value) {
		if (value == null) {
			return NONE;
		}
		String text = value.toString();
		if (text.contains("\t") || text.contains("\n")) {
			throw new IllegalArgumentException("A tab or a new line in a recorded search: " + text);
		}
		return text;
	}

	private static String value(String field) {
		return field.equals(NONE) ? null : field;
	}

	private static <T> T of(String field, Function<String, T> parse) {
		return field.equals(NONE) ? null : parse.apply(field);
	}

}
