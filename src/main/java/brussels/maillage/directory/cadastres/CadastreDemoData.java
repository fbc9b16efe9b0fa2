package brussels.maillage.directory.cadastres;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import brussels.maillage.directory.DirectoryService;
import brussels.maillage.directory.RegisterOrganization;
import brussels.maillage.system.DemoMode;
import brussels.maillage.system.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The cadastres of the demo, from the sources only. Trainings: the palliative-care
 * trainings Brusano organises (activity report 2024, annex 3, lines 1104-1106: the basic
 * and continuing training of the volunteers, two cycles a year after a motivational
 * interview; action plan 2020, lines 138-142 and 287-288: cycles of ten days, a
 * half-yearly multidisciplinary training, a cycle for care assistants of nursing homes).
 * The sources name no fee, no trainings of the mental-health repertoire and no other
 * organiser. Orientation lines: the report counts "40 lignes répertoriées, 21 lignes
 * rencontrées" at the end of 2024 (lines 866-868) without naming them, so the demo holds
 * 40 numbered lines listed and 21 of them met by 31 December 2024. Each part is written
 * only when its table is empty.
 */
@Component
class CadastreDemoData {

	static final String BRUSANO = "Brusano";

	static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

	static final int LINES_LISTED = 40;

	static final int LINES_MET = 21;

	private static final Logger log = LoggerFactory.getLogger(CadastreDemoData.class);

	private final DemoMode demoMode;

	private final DirectoryService directory;

	private final TrainingService trainings;

	private final OrientationLineService lines;

	CadastreDemoData(DemoMode demoMode, DirectoryService directory, TrainingService trainings,
			OrientationLineService lines) {
		this.demoMode = demoMode;
		this.directory = directory;
		this.trainings = trainings;
		this.lines = lines;
	}

	/** Before the Focus demo, which lists these trainings. */
	@EventListener(ApplicationReadyEvent.class)
	@Order(5)
	void load() {
		if (!this.demoMode.enabled()) {
			return;
		}
		if (this.trainings.count() == 0) {
			UUID brusano = this.trainings.organizationId(BRUSANO).orElseGet(this::registerBrusano);
			trainings(brusano).forEach((training) -> this.trainings.add(training, "demo"));
			log.info("Demo trainings loaded");
		}
		if (this.lines.count() == 0) {
			for (int number = 1; number <= LINES_LISTED; number++) {
				this.lines.add(new OrientationLine(UUID.randomUUID(), "Ligne du mapping 2024 n° " + number, null, null,
						null, END_2024, (number <= LINES_MET) ? END_2024 : null, null), "demo");
			}
			log.info("Demo orientation lines loaded");
		}
	}

	private UUID registerBrusano() {
		UUID id = UUID.randomUUID();
		this.directory.register(new RegisterOrganization(id, BRUSANO, LocalizedText.of(
				"Service d'appui à l'ambulatoire bruxellois : les bassins d'aide et de soins, l'appui à la première ligne au niveau régional et la plateforme bruxelloise de soins palliatifs.",
				"Ondersteuningsdienst voor de Brusselse ambulante sector: de zorgzones, de ondersteuning van de eerste lijn op gewestelijk niveau en het Brusselse platform voor palliatieve zorg.",
				"Support service for Brussels ambulatory care: the care areas, first-line support at regional level and the Brussels palliative care platform."),
				null, null, List.of()));
		return id;
	}

	static List<Training> trainings(UUID brusano) {
		return List.of(
				training(brusano, "Formation de base des volontaires en soins palliatifs",
						"Basisopleiding voor vrijwilligers in de palliatieve zorg",
						"Basic training for palliative care volunteers", Training.Audience.VOLUNTEERS,
						"2 cycles de 10 journées par an, après un entretien motivationnel"),
				training(brusano, "Formation continue des volontaires en soins palliatifs",
						"Permanente vorming voor vrijwilligers in de palliatieve zorg",
						"Continuing training for palliative care volunteers", Training.Audience.VOLUNTEERS,
						"Formation continue pour les volontaires formé·es"),
				training(brusano, "Formation continue multidisciplinaire en soins palliatifs",
						"Multidisciplinaire permanente vorming in de palliatieve zorg",
						"Multidisciplinary continuing training in palliative care", Training.Audience.PROFESSIONALS,
						"Semestrielle : 2 journées de formation"),
				training(brusano, "Formation aux soins palliatifs pour les aides-soignant·es des MR/MRS",
						"Vorming palliatieve zorg voor zorgkundigen in woonzorgcentra",
						"Palliative care training for care assistants in nursing homes",
						Training.Audience.PROFESSIONALS, "Cycle de formation"));
	}

	private static Training training(UUID organiser, String fr, String nl, String en, Training.Audience audience,
			String recurrence) {
		return new Training(UUID.randomUUID(), organiser, BRUSANO, LocalizedText.of(fr, nl, en), audience,
				List.of("fr"), null, null, recurrence, BigDecimal.ZERO, "palliative", null);
	}

}
