package brussels.maillage.directory.search.query;

import java.util.ArrayList;
import java.util.List;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.Place;
import brussels.maillage.directory.SearchHit;
import brussels.maillage.directory.SearchQuery;
import brussels.maillage.directory.SearchResults;
import brussels.maillage.directory.search.intents.Intents;
import brussels.maillage.directory.search.words.Thesaurus;
import brussels.maillage.directory.search.words.Words;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What English queries become on the demo directory (issue 17): for each, the words read,
 * those dropped as stop words, the thesaurus mentions, the words searched when some were
 * corrected, the place read in the text and the first services found. A report to read,
 * not a test: {@code ./mvnw test -Dtest=EnglishQueryReport -Dtest.excludedGroups=none}.
 */
@Tag("benchmark")
@SpringBootTest
class EnglishQueryReport {

	/** Written as English-speaking professionals and residents of Brussels type. */
	static final List<String> QUERIES = List.of("GP near me in Forest", "free dentist for kids",
			"help for elderly living alone", "women's shelter", "mental health support for teenagers",
			"meals delivered at home", "lawyer for asylum seekers", "nurse at home Ixelles", "family doctor Schaerbeek",
			"english speaking psychologist", "homeless day centre", "where can I take a shower", "food bank Molenbeek",
			"debt advice", "help paying my rent", "nursing home for my mother", "care home in Uccle",
			"respite for carers", "support for family carers", "drug addiction help", "alcohol problems",
			"counselling for depression", "anxiety therapist", "contraception clinic", "abortion clinic",
			"pregnant and undocumented", "help with health insurance", "medical care without papers",
			"diabetes education", "palliative care at home", "end of life care", "grief support group",
			"day care for seniors with dementia", "wheelchair accessible doctor", "disabled adults day centre",
			"lonely older people", "social worker near me", "housing help for families", "out of hours doctor",
			"doctor at night in Etterbeek", "home help for the elderly", "baby clinic", "refugees health care",
			"eviction help", "free medical centre", "walk-in nurse for wound dressing",
			"blood test without appointment", "old people's home", "kids psychologist", "help for homeless families");

	@Autowired
	DirectoryService directory;

	@Autowired
	JdbcClient jdbc;

	@Test
	void printsWhatEnglishQueriesBecome() {
		List<List<String>> groups = this.jdbc.sql("select terms from search_synonym order by id")
			.query((rs, row) -> List.of((String[]) rs.getArray("terms").getArray()))
			.list();
		Thesaurus thesaurus = new Thesaurus(groups);
		StringBuilder out = new StringBuilder();
		for (String text : QUERIES) {
			List<String> typed = Words.of(text);
			Intents.Read read = Intents.read(typed);
			List<String> stops = read.words().stream().filter(Words::isStop).toList();
			List<String> mentions = new ArrayList<>();
			for (Thesaurus.Mention mention : thesaurus.find(read.words())) {
				mentions.add(mention.typed() + " → " + String.join(", ",
						thesaurus.terms(mention.group()).stream().map((t) -> String.join(" ", t)).toList()));
			}
			SearchResults results = this.directory.search(SearchQuery.of(text, Place.NOWHERE));
			out.append("\n## ").append(text).append('\n');
			out.append("  words: ").append(read.words()).append("  stop: ").append(stops).append('\n');
			mentions.forEach((m) -> out.append("  thesaurus: ").append(m).append('\n'));
			out.append("  corrected: ")
				.append(results.corrected())
				.append("  place: ")
				.append(results.placeInText())
				.append("  total: ")
				.append(results.total())
				.append('\n');
			for (SearchHit hit : results.hits().stream().limit(5).toList()) {
				String name = (hit.name().fr() != null) ? hit.name().fr() : hit.name().nl();
				out.append("   - ").append(name).append(" | ").append(hit.organization());
				if (hit.synonym() != null) {
					out.append("  [").append(hit.synonym()).append(']');
				}
				if (hit.partial()) {
					out.append(" (partial)");
				}
				out.append('\n');
			}
		}
		System.out.println("ENGLISH-REPORT" + out);
		if (Boolean.getBoolean("report.groups")) {
			groups.forEach((group) -> System.out.println("GROUP " + String.join(" | ", group)));
		}
	}

}
