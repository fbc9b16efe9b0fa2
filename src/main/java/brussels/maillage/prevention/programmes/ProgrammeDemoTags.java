package brussels.maillage.prevention.programmes;

import brussels.maillage.focus.FocusService;
import brussels.maillage.system.DemoMode;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo's programme tags, only where the sources tie a record to a programme: the
 * activity report 2024 files the Focus brochures under "Accessibilité & vulnérabilités"
 * (lines 455-463), so the Focus on financial access to care is tagged with the vulnerable
 * people programme. The perinatal programme's first exploratory meeting (BOOST report,
 * seed 003, line 279) has no record in the demo agenda, and the child obesity programme
 * "ne requiert à ce stade pas d'implication directe" (line 283): neither is tagged. Runs
 * after the programmes and the Focus demo; a subject already tagged is left as it is.
 */
@Component
class ProgrammeDemoTags {

	private final DemoMode demoMode;

	private final ProgrammeService programmes;

	private final ProgrammeSubjects subjects;

	private final ProgrammeTagging tagging;

	private final FocusService focus;

	ProgrammeDemoTags(DemoMode demoMode, ProgrammeService programmes, ProgrammeSubjects subjects,
			ProgrammeTagging tagging, FocusService focus) {
		this.demoMode = demoMode;
		this.programmes = programmes;
		this.subjects = subjects;
		this.tagging = tagging;
		this.focus = focus;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(30)
	void load() {
		if (!this.demoMode.enabled()) {
			return;
		}
		this.programmes.byCode("vulnerable-people")
			.filter((programme) -> this.tagging.tags(programme.id()).isEmpty())
			.ifPresent((programme) -> this.focus.published("accessibilite-financiere")
				.flatMap((repertoire) -> this.subjects.repertoire(repertoire.id()))
				.ifPresent((subject) -> this.tagging.tag(programme, subject, "demo")));
	}

}
