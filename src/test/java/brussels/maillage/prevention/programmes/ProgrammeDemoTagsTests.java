package brussels.maillage.prevention.programmes;

import java.util.List;

import brussels.maillage.prevention.programmes.SubjectKind;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo's programme tags against the sources: the activity report 2024 files the Focus
 * brochures under "Accessibilité & vulnérabilités" (seed 001, lines 455-463), so the
 * vulnerable people programme tags the Focus on financial access to care; the BOOST
 * report (seed 003) gives the perinatal programme no record the demo holds (its first
 * exploratory meeting, line 279) and says the child obesity programme needs no direct
 * involvement yet (line 283), so the demo tags nothing for them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProgrammeDemoTagsTests {

	@Autowired
	ProgrammeService programmes;

	@Autowired
	ProgrammeTagging tagging;

	@Test
	void theVulnerablePeopleProgrammeTagsTheFinancialAccessFocusAndTheOthersNothing() {
		List<ProgrammeTag> vulnerable = demoTags("vulnerable-people");
		assertThat(vulnerable).singleElement().satisfies((tag) -> {
			assertThat(tag.kind()).isEqualTo(SubjectKind.FOCUS_REPERTOIRE);
			assertThat(tag.label().fr()).isEqualTo("Accessibilité financière aux soins de santé");
			assertThat(tag.territory()).isEqualTo("REGION");
		});
		assertThat(demoTags("perinatality")).isEmpty();
		assertThat(demoTags("child-obesity")).isEmpty();
	}

	private List<ProgrammeTag> demoTags(String code) {
		return this.tagging.tags(this.programmes.byCode(code).orElseThrow().id())
			.stream()
			.filter((tag) -> "demo".equals(tag.taggedBy()))
			.toList();
	}

}
